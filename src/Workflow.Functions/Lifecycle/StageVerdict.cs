namespace Workflow.Functions.Lifecycle;

/// <summary>
/// The review policy's reading of a stage: its outcome, the grants that decided it (in order; empty while open),
/// who has decided, who may still approve and is due, and how many approvals the stage needs.
/// </summary>
public sealed record StageVerdict(StageOutcome Outcome, IReadOnlyList<Grant> Deciding, IReadOnlyList<Grant> Decided, IReadOnlyList<string> Due, int Required)
{
    public bool IsDecisive => Outcome != StageOutcome.Open;

    /// <summary>The lifecycle event this outcome is, for revision <paramref name="revision"/> and stage <paramref name="stage"/>; null while open.</summary>
    public LifecycleEvent? Event(int revision, int stage) => Outcome switch
    {
        StageOutcome.Passed => LifecycleEvent.PassStage(revision, stage),
        StageOutcome.Approved => LifecycleEvent.Approve(revision, stage),
        StageOutcome.Returned => LifecycleEvent.ReturnForChanges(revision, stage),
        _ => null,
    };
}
