using System.Text.Json.Serialization;

namespace Workflow.Reports.Rendering;

[JsonConverter(typeof(JsonStringEnumConverter<ReportChangeKind>))]
public enum ReportChangeKind
{
    /// <summary>Agency, year, title, date or edition.</summary>
    [JsonStringEnumMemberName("metadata")] Metadata,
    /// <summary>A value of table 二, 三 or 四.</summary>
    [JsonStringEnumMemberName("cell")] Cell,
    /// <summary>The free text of a part (or of the preamble).</summary>
    [JsonStringEnumMemberName("text")] Text,
}
