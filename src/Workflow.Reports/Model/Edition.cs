using System.Text.Json.Serialization;

namespace Workflow.Reports.Model;

/// <summary>Which national template the tables follow, detected from table headers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Edition>))]
public enum Edition
{
    /// <summary>国办公开办函〔2021〕30号, for reports on 2021 and later.</summary>
    [JsonStringEnumMemberName("2021")] Format2021,
    /// <summary>国办公开办函〔2019〕60号 trial format, for 2019 and 2020.</summary>
    [JsonStringEnumMemberName("2019")] Format2019,
    /// <summary>Headers of both formats in one report.</summary>
    [JsonStringEnumMemberName("mixed")] Mixed,
}
