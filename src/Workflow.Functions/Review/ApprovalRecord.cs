namespace Workflow.Functions.Review;

/// <summary>
/// How a report was approved: the revision, its content hash, when it was submitted and approved, and the
/// decisions of that revision (earlier revisions' decisions stay in the decisions table).
/// </summary>
public sealed record ApprovalRecord(
    string AgencyId,
    int Year,
    int Revision,
    string ContentSha256,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ApprovedAt,
    bool Correction,
    IReadOnlyList<ApprovalDecision> Decisions);
