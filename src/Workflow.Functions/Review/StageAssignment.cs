namespace Workflow.Functions.Review;

/// <summary>
/// What the orchestration learns when a stage is sent out: how many stages the agency's review has now
/// and who may decide this one (a decision from anybody else is ignored). <see cref="Recorded"/> is a decision
/// a reminder found in the decisions table for this revision and stage: recorded at the desk but never
/// delivered (the host died before raising it), so the reminder hands it over instead of mailing.
/// </summary>
public sealed record StageAssignment(int StageCount, IReadOnlyList<string> Reviewers, ReviewEvent? Recorded = null);
