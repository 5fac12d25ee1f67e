using System.Text.Json;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Review;

/// <summary>
/// The content of approved/{year}/{agencyId}.json, which the publication function reads:
/// <c>{ "report": &lt;canonical report.json&gt;, "approval": { agencyId, year, revision, contentSha256,
/// submittedAt, approvedAt, correction, decisions: [ { stage, reviewer, decision, comment, decidedAt } ] } }</c>,
/// serialized with <see cref="ReportJson.Options"/>.
/// </summary>
public sealed record ApprovedReportDocument(AnnualReport Report, ApprovalRecord Approval)
{
    public string Serialize() => JsonSerializer.Serialize(this, ReportJson.Options);

    /// <exception cref="JsonException">Not an approved report document.</exception>
    public static ApprovedReportDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<ApprovedReportDocument>(json, ReportJson.Options) ?? throw new JsonException("null");
}
