namespace Workflow.Functions.Lifecycle;

/// <summary>What can happen to a report.</summary>
public enum LifecycleEventKind
{
    /// <summary>The bureau's revision n is stored and becomes the latest: review from stage 1.</summary>
    Submitted,

    /// <summary>The bureau withdraws the draft.</summary>
    Withdrawn,

    /// <summary>A stage other than the last is decided for approval (the review policy said so).</summary>
    StagePassed,

    /// <summary>The last stage is decided for approval.</summary>
    Approved,

    /// <summary>A reviewer of the open stage asked for changes.</summary>
    ChangesRequested,
}
