namespace Workflow.Functions.Review;

/// <summary>
/// The one external event the orchestration waits for (name <see cref="ReviewOrchestration.EventName"/>).
/// One long-lived wait on a single name avoids the isolated worker's lost-event bug with timed-out waits;
/// <see cref="Revision"/>, <see cref="Stage"/> and <see cref="DecisionId"/> let the orchestration drop stale
/// and duplicate deliveries (external events are at-least-once).
/// </summary>
public sealed record ReviewEvent(
    ReviewEventKind Kind,
    int Revision,
    int Stage = 0,
    ReviewVerdict? Verdict = null,
    string? Reviewer = null,
    string? Comment = null,
    string? DecisionId = null)
{
    public static ReviewEvent NewRevision(int revision) => new(ReviewEventKind.Revision, revision);

    public static ReviewEvent Withdrawn(int revision) => new(ReviewEventKind.Withdrawal, revision);
}
