namespace Workflow.Functions.Review;

public enum ReviewEventKind
{
    /// <summary>A reviewer decided on a stage of a revision.</summary>
    Decision,

    /// <summary>The bureau submitted a new revision; it supersedes the one under review.</summary>
    Revision,

    /// <summary>The bureau withdrew the draft.</summary>
    Withdrawal,

    /// <summary>
    /// The admin changed the agency's review stages while this stage was open: the stage is told again
    /// (reviewers added get their request; the orchestration takes the new list of who may decide).
    /// </summary>
    StagesChanged,
}
