using System.Text.Json.Serialization;

namespace Workflow.Reports.Model;

/// <summary>Decides the legal deadline: departments publish by 31 January, level governments by 31 March.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgencyKind>))]
public enum AgencyKind
{
    [JsonStringEnumMemberName("department")] Department,
    [JsonStringEnumMemberName("government")] Government,
}
