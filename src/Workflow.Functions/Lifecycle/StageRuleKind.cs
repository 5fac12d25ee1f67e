namespace Workflow.Functions.Lifecycle;

public enum StageRuleKind
{
    /// <summary>One approval from any reviewer of the stage passes it.</summary>
    Any,

    /// <summary>会签: every reviewer of the stage approves.</summary>
    All,

    /// <summary>m of the stage's n reviewers approve.</summary>
    Min,
}
