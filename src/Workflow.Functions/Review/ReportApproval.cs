using Workflow.Functions.Storage;

namespace Workflow.Functions.Review;

/// <summary>
/// Writes approved/{year}/{agencyId}.json, the blob whose appearance publishes a report. The review desk writes
/// it the moment the last stage approves (<see cref="ReviewDesk"/>), so the report is public within seconds even
/// when a province's reviews queue in the durable backend in the last week of January; the orchestration's
/// ApproveReport activity writes it only when the desk could not. The write is conditional on the blob being as
/// read, so the two never both write it, and a late write for a revision cannot replace a newer one's.
/// </summary>
public sealed class ReportApproval(DecisionStore decisions, DraftStore drafts, TimeProvider clock)
{
    public async Task WriteAsync(ReportKey key, RevisionEntity revision, int stage, CancellationToken cancellationToken = default)
    {
        // Read at once: at the desk, the reviewer's click waits on these.
        var currentRead = drafts.ReadApprovedBlobAsync(key, cancellationToken);
        var reportRead = drafts.ReadReportAsync(key, revision.Revision, cancellationToken);
        var decisionsRead = decisions.ListAsync(key, cancellationToken);
        await Task.WhenAll(currentRead, reportRead, decisionsRead);
        var current = await currentRead;
        if (Holds(current, revision))
        {
            return;
        }

        var recorded = (await decisionsRead).Where(d => d.Revision == revision.Revision).ToList();
        // Without a row only when the desk removed it after an error raising the decision that still got through.
        var approvedAt = recorded.LastOrDefault(d => d.Stage == stage && d.Decision == "approve")?.DecidedAt ?? clock.GetUtcNow();
        var document = new ApprovedReportDocument(await reportRead, new ApprovalRecord(
            key.AgencyId,
            key.Year,
            revision.Revision,
            revision.ContentSha256,
            revision.SubmittedAt,
            approvedAt,
            revision.Correction,
            [.. recorded.Select(d => new ApprovalDecision(d.Stage + 1, d.Reviewer, d.Decision, d.Comment, d.DecidedAt))]));
        if (!await drafts.TryWriteApprovedAsync(key, document.Serialize(), current?.ETag, cancellationToken)
            && !await HoldsAsync(key, revision, cancellationToken))
        {
            throw new InvalidOperationException($"approved/{key.ApprovedBlob} changed while revision {revision.Revision} was being approved.");
        }
    }

    /// <summary>True when approved/{year}/{agencyId}.json holds exactly this revision.</summary>
    public async Task<bool> HoldsAsync(ReportKey key, RevisionEntity revision, CancellationToken cancellationToken = default) =>
        Holds(await drafts.ReadApprovedBlobAsync(key, cancellationToken), revision);

    private static bool Holds(ApprovedBlob? blob, RevisionEntity revision)
    {
        if (blob is null)
        {
            return false;
        }

        var approval = ApprovedReportDocument.Deserialize(blob.Json).Approval;
        return approval.Revision == revision.Revision && string.Equals(approval.ContentSha256, revision.ContentSha256, StringComparison.OrdinalIgnoreCase);
    }
}
