namespace Workflow.Functions.Lifecycle;

/// <summary>What the decisions recorded on a stage amount to.</summary>
public enum StageOutcome
{
    /// <summary>More approvals are due; nothing changes yet.</summary>
    Open,

    /// <summary>The stage is approved and another one follows.</summary>
    Passed,

    /// <summary>The last stage is approved: the report is.</summary>
    Approved,

    /// <summary>A reviewer asked for changes: the draft goes back to the bureau at once.</summary>
    Returned,
}
