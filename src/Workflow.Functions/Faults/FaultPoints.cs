namespace Workflow.Functions.Faults;

/// <summary>The named points at which fault injection can stop the host (Workflow:LocalHost:CrashAt).</summary>
public static class FaultPoints
{
    /// <summary>A submission's files and revision are stored; the review has not heard of it yet.</summary>
    public const string DraftStored = "draft-stored";

    /// <summary>The review request mails of a stage went out; the activity has not finished.</summary>
    public const string ReviewPending = "review-pending";

    /// <summary>
    /// At the review desk, a decisive decision is recorded and applied to the report's state; the review has not
    /// been told (the stage's next reminder hands it over).
    /// </summary>
    public const string DecisionRecorded = "decision-recorded";

    /// <summary>The approved blob is written; its publication has not started.</summary>
    public const string ApprovedBeforePublish = "approved-before-publish";

    /// <summary>The report's own public blobs and entry are written; the shared indexes and the mails are not.</summary>
    public const string DuringPublication = "during-publication";

    public static readonly IReadOnlyList<string> All = [DraftStored, ReviewPending, DecisionRecorded, ApprovedBeforePublish, DuringPublication];
}
