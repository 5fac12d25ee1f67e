namespace Workflow.Functions.Review;

/// <summary>
/// Input of the activities that email about a stage. <see cref="Round"/> numbers the reminders of a stage
/// so that each mail is distinct in the audit.
/// </summary>
public sealed record StageNotice(string AgencyId, int Year, int Revision, int Stage, NoticeKind Kind, int Round);
