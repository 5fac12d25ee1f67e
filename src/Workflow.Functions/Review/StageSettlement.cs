using Workflow.Functions.Agencies;
using Workflow.Functions.Lifecycle;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Review;

/// <summary>
/// Weighs the decisions recorded on one stage of one revision with <see cref="ReviewPolicy"/> and, when they are
/// decisive, applies the outcome to the report's state (<see cref="SubmissionStore.ApplyAsync"/>). The review desk
/// settles right after recording a decision; a reminder settles again, so that a decision recorded by a host that
/// died before telling the review still takes effect, once.
/// </summary>
public sealed class StageSettlement(SubmissionStore submissions, DecisionStore decisions)
{
    public async Task<SettledStage> SettleAsync(ReportKey key, AgencyProfile agency, int revision, int stage, CancellationToken cancellationToken = default)
    {
        var rows = await decisions.ListStageAsync(key, revision, stage, cancellationToken);
        var verdict = Weigh(agency, stage, rows);
        var transition = verdict.Event(revision, stage) is { } decisive ? await submissions.ApplyAsync(key, decisive, cancellationToken: cancellationToken) : null;
        return new SettledStage(verdict, transition, rows);
    }

    public static StageVerdict Weigh(AgencyProfile agency, int stage, IReadOnlyList<DecisionEntity> rows) =>
        ReviewPolicy.Weigh(agency.Stages, stage, agency.Submitters, [.. rows.Select(r => r.ToGrant())]);
}
