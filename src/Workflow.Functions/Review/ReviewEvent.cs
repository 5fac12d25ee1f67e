namespace Workflow.Functions.Review;

/// <summary>
/// The one external event the orchestration waits for (name <see cref="ReviewOrchestration.EventName"/>).
/// One long-lived wait on a single name avoids the isolated worker's lost-event bug with timed-out waits;
/// <see cref="Revision"/>, <see cref="Stage"/> and <see cref="DecisionId"/> let the orchestration drop stale
/// and duplicate deliveries (external events are at-least-once). <see cref="ApprovedAtDesk"/> marks the last
/// stage's approval that the review desk has already made effective (the report's head row is approved): the
/// orchestration follows it even if its own view of the stages has changed since, or the report would be
/// public with a review that never ends. <see cref="Reviewers"/>: the reviewers added, for <see cref="ReviewEventKind.StagesChanged"/>.
/// <see cref="Outcome"/>: what the decision did to its stage, as the review policy weighed it at the desk (only
/// decisive decisions are raised); version 1 of the orchestration ignores it and reaches the same outcome itself.
/// </summary>
public sealed record ReviewEvent(
    ReviewEventKind Kind,
    int Revision,
    int Stage = 0,
    ReviewVerdict? Verdict = null,
    string? Reviewer = null,
    string? Comment = null,
    string? DecisionId = null,
    bool ApprovedAtDesk = false,
    IReadOnlyList<string>? Reviewers = null,
    Lifecycle.StageOutcome? Outcome = null)
{
    /// <summary>The stage under review got the reviewers <paramref name="added"/> (maybe none: only removals).</summary>
    public static ReviewEvent StagesChanged(int revision, int stage, IReadOnlyList<string> added) =>
        new(ReviewEventKind.StagesChanged, revision, stage, Reviewers: added);

    public static ReviewEvent NewRevision(int revision) => new(ReviewEventKind.Revision, revision);

    public static ReviewEvent Withdrawn(int revision) => new(ReviewEventKind.Withdrawal, revision);

    /// <summary>A decisive decision: <paramref name="decision"/> is the grant that made <paramref name="outcome"/> (the last approval needed, or the request for changes).</summary>
    public static ReviewEvent Decided(Storage.DecisionEntity decision, Lifecycle.StageOutcome outcome) => new(
        ReviewEventKind.Decision,
        decision.Revision,
        decision.Stage,
        decision.Decision == "approve" ? ReviewVerdict.Approve : ReviewVerdict.RequestChanges,
        decision.Reviewer,
        decision.Comment,
        decision.DecisionId,
        outcome == Lifecycle.StageOutcome.Approved,
        Outcome: outcome);
}
