using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Reads the blob the approval activity writes: <c>{ "report": {canonical}, "approval": { "revision",
/// "approvedAt", "decisions": [{ "reviewer", .. }] } }</c>.
/// </summary>
public static class ApprovedReportReader
{
    /// <exception cref="InvalidDataException">Not an approved report.</exception>
    public static ApprovedReport Read(string json)
    {
        try
        {
            var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException("The approved blob is empty.");
            var report = ReportJson.Deserialize(root["report"]?.ToJsonString() ?? throw new InvalidDataException("The approved blob has no report."));
            var approval = root["approval"]?.AsObject() ?? throw new InvalidDataException("The approved blob has no approval record.");
            var revision = approval["revision"]?.GetValue<int>() ?? throw new InvalidDataException("The approval has no revision.");
            var approvedAt = approval["approvedAt"]?.GetValue<DateTimeOffset>() ?? throw new InvalidDataException("The approval has no time.");
            var approvers = (approval["decisions"]?.AsArray() ?? [])
                .Select(d => d?["reviewer"]?.GetValue<string>())
                .OfType<string>()
                .ToList();
            return new ApprovedReport(report, revision, approvedAt, approvers);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("The approved blob is not an approved report: " + e.Message, e);
        }
    }
}
