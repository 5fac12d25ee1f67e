using System.Text.Json.Serialization;

namespace Workflow.Reports.Validation;

/// <summary>
/// error: the data cannot be right (arithmetic, missing tables, unreadable cells) and blocks a submission;
/// warning: a reviewer must look; info: for the record.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    [JsonStringEnumMemberName("error")] Error,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("info")] Info,
}
