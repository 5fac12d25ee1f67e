using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Agencies;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Review;

/// <summary>
/// When the admin changes an agency's review stages, every report of the agency under review re-tells its
/// open stage: the change is audited (step "reviewers-changed": who was added, who removed) and the review is
/// told (<see cref="ReviewEventKind.StagesChanged"/>), which mails the reviewers added and takes the new list
/// of who may decide. Removed reviewers lose their links at the desk (<see cref="ReviewDesk"/>).
/// </summary>
public sealed class ReviewerChanges(SubmissionStore submissions, AuditLog audit, ILogger<ReviewerChanges> logger)
{
    public async Task RetellAsync(AgencyProfile before, AgencyProfile after, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (SameStages(before, after))
        {
            return;
        }

        foreach (var (key, head) in await submissions.ListReportsAsync(after.Id, cancellationToken))
        {
            if (head.ReportState != ReportState.Reviewing)
            {
                continue;
            }

            var stage = head.Stage;
            var was = StageOf(before, stage);
            var now = StageOf(after, stage);
            var added = now.Except(was, StringComparer.OrdinalIgnoreCase).ToList();
            var removed = was.Except(now, StringComparer.OrdinalIgnoreCase).ToList();
            await audit.WriteAsync(key, "reviewers-changed", head.LatestRevision, stage, "admin",
                $"stages {before.ReviewStages.Count} -> {after.ReviewStages.Count}; stage {stage + 1} added: {string.Join(", ", added)}; removed: {string.Join(", ", removed)}",
                cancellationToken);
            try
            {
                await client.RaiseEventAsync(key.InstanceId, ReviewOrchestration.EventName, ReviewEvent.StagesChanged(head.LatestRevision, stage, added), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next reminder sends the stage to its current reviewers anyway.
                logger.LogWarning(e, "Could not tell the review of {Report} that its stages changed", key);
            }
        }
    }

    private static IReadOnlyList<string> StageOf(AgencyProfile agency, int stage) =>
        stage < agency.ReviewStages.Count ? agency.ReviewStages[stage] : agency.ReviewStages[^1];

    private static bool SameStages(AgencyProfile a, AgencyProfile b) =>
        a.ReviewStages.Count == b.ReviewStages.Count
        && a.ReviewStages.Zip(b.ReviewStages).All(p => p.First.Order(StringComparer.Ordinal).SequenceEqual(p.Second.Order(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase));
}
