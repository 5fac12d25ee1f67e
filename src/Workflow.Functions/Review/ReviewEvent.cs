namespace Workflow.Functions.Review;

/// <summary>
/// The one external event the orchestration waits for (name <see cref="ReviewOrchestration.EventName"/>).
/// One long-lived wait on a single name avoids the isolated worker's lost-event bug with timed-out waits;
/// <see cref="Revision"/>, <see cref="Stage"/> and <see cref="DecisionId"/> let the orchestration drop stale
/// and duplicate deliveries (external events are at-least-once). <see cref="ApprovedAtDesk"/> marks the last
/// stage's approval that the review desk has already made effective (the report's head row is approved): the
/// orchestration follows it even if its own view of the stages has changed since, or the report would be
/// public with a review that never ends. <see cref="Reviewers"/>: the reviewers added, for <see cref="ReviewEventKind.StagesChanged"/>.
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
    IReadOnlyList<string>? Reviewers = null)
{
    /// <summary>The stage under review got the reviewers <paramref name="added"/> (maybe none: only removals).</summary>
    public static ReviewEvent StagesChanged(int revision, int stage, IReadOnlyList<string> added) =>
        new(ReviewEventKind.StagesChanged, revision, stage, Reviewers: added);

    public static ReviewEvent NewRevision(int revision) => new(ReviewEventKind.Revision, revision);

    public static ReviewEvent Withdrawn(int revision) => new(ReviewEventKind.Withdrawal, revision);

    public static ReviewEvent Decided(Storage.DecisionEntity decision, bool approvedAtDesk) => new(
        ReviewEventKind.Decision,
        decision.Revision,
        decision.Stage,
        decision.Decision == "approve" ? ReviewVerdict.Approve : ReviewVerdict.RequestChanges,
        decision.Reviewer,
        decision.Comment,
        decision.DecisionId,
        approvedAtDesk);
}
