namespace Workflow.Functions.Review;

public enum NoticeKind
{
    /// <summary>First request to a stage's reviewers for a revision.</summary>
    Request,

    /// <summary>A later reminder with fresh links.</summary>
    Reminder,
}
