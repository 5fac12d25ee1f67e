using Workflow.Functions.Storage;

namespace Workflow.Functions.Review;

/// <summary>
/// Writes approved/{year}/{agencyId}.json, the blob whose appearance publishes a report. The review desk writes
/// it the moment the last stage approves (<see cref="ReviewDesk"/>), so the report is public within seconds even
/// when a province's reviews queue in the durable backend in the last week of January; the orchestration's
/// ApproveReport activity writes it only when the desk could not. Both write the same bytes: the approval time
/// is the time of the last stage's recorded decision, not the writer's clock.
/// </summary>
public sealed class ReportApproval(DecisionStore decisions, DraftStore drafts, TimeProvider clock)
{
    public async Task WriteAsync(ReportKey key, RevisionEntity revision, int stage, CancellationToken cancellationToken = default)
    {
        // Read at once: the reviewer's click waits on these.
        var holds = HoldsAsync(key, revision, cancellationToken);
        var reportRead = drafts.ReadReportAsync(key, revision.Revision, cancellationToken);
        var decisionsRead = decisions.ListAsync(key, cancellationToken);
        await Task.WhenAll(holds, reportRead, decisionsRead);
        // A retry after the blob was written keeps it: a new blob would be published again.
        if (await holds)
        {
            return;
        }

        var report = await reportRead;
        var recorded = (await decisionsRead).Where(d => d.Revision == revision.Revision).ToList();
        // A decision raised to the orchestration without going through the desk has no row; it is approved now.
        var approvedAt = recorded.LastOrDefault(d => d.Stage == stage && d.Decision == "approve")?.DecidedAt ?? clock.GetUtcNow();
        var document = new ApprovedReportDocument(report, new ApprovalRecord(
            key.AgencyId,
            key.Year,
            revision.Revision,
            revision.ContentSha256,
            revision.SubmittedAt,
            approvedAt,
            revision.Correction,
            [.. recorded.Select(d => new ApprovalDecision(d.Stage + 1, d.Reviewer, d.Decision, d.Comment, d.DecidedAt))]));
        await drafts.WriteApprovedAsync(key, document.Serialize(), cancellationToken);
    }

    /// <summary>True when approved/{year}/{agencyId}.json holds exactly this revision.</summary>
    public async Task<bool> HoldsAsync(ReportKey key, RevisionEntity revision, CancellationToken cancellationToken = default)
    {
        if (await drafts.ReadApprovedAsync(key, cancellationToken) is not { } json)
        {
            return false;
        }

        var approval = ApprovedReportDocument.Deserialize(json).Approval;
        return approval.Revision == revision.Revision && string.Equals(approval.ContentSha256, revision.ContentSha256, StringComparison.OrdinalIgnoreCase);
    }
}
