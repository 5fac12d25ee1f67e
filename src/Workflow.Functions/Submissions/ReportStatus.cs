namespace Workflow.Functions.Submissions;

/// <summary>
/// Answer of GET /api/agencies/{id}/reports/{year}. <see cref="State"/>: 审核中, 退回修改, 已批准, 已发布 or
/// 已撤回; <see cref="CurrentStage"/> (1-based) only while in review; <see cref="Overdue"/> when the legal
/// deadline passed before approval; <see cref="EmailFailures"/> lists the mails the mail service refused (the
/// review goes on; an alert was sent).
/// </summary>
public sealed record ReportStatus(
    string AgencyId,
    string AgencyName,
    int Year,
    string State,
    int? CurrentStage,
    int StageCount,
    int LatestRevision,
    IReadOnlyList<RevisionStatus> Revisions,
    IReadOnlyList<DecisionStatus> Decisions,
    DateOnly Deadline,
    bool Overdue,
    string? PublicUrl,
    IReadOnlyList<EmailFailureStatus> EmailFailures);
