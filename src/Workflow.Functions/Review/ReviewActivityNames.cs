namespace Workflow.Functions.Review;

/// <summary>Names of the review activities, shared by the [Function] attributes and the orchestrator.</summary>
public static class ReviewActivityNames
{
    public const string SendStageNotice = "SendStageNotice";
    public const string NotifyEscalation = "NotifyEscalation";
    public const string NotifyChangesRequested = "NotifyChangesRequested";
    public const string RemindSubmitters = "RemindSubmitters";
    public const string ApproveReport = "ApproveReport";
    public const string CloseWithdrawn = "CloseWithdrawn";
    public const string RecordReviewStep = "RecordReviewStep";
    public const string TellAddedReviewers = "TellAddedReviewers";
}
