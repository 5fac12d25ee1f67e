namespace Workflow.Functions.Lifecycle;

/// <summary>
/// One event for <see cref="ReportLifecycle"/>: its kind, the revision it is about and, for decisions, the stage
/// decided (0-based). <see cref="Correction"/>: a submission that may replace an approved or published report.
/// </summary>
public sealed record LifecycleEvent(LifecycleEventKind Kind, int Revision, int Stage = 0, bool Correction = false)
{
    public static LifecycleEvent Submit(int revision, bool correction) => new(LifecycleEventKind.Submitted, revision, Correction: correction);

    public static LifecycleEvent Withdraw(int revision) => new(LifecycleEventKind.Withdrawn, revision);

    public static LifecycleEvent PassStage(int revision, int stage) => new(LifecycleEventKind.StagePassed, revision, stage);

    public static LifecycleEvent Approve(int revision, int stage) => new(LifecycleEventKind.Approved, revision, stage);

    public static LifecycleEvent ReturnForChanges(int revision, int stage) => new(LifecycleEventKind.ChangesRequested, revision, stage);
}
