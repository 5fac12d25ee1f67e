namespace Workflow.Functions.Review;

/// <summary>
/// What the orchestration learns when a stage is sent out: how many stages the agency's review has now
/// and who may decide this one (a decision from anybody else is ignored).
/// </summary>
public sealed record StageAssignment(int StageCount, IReadOnlyList<string> Reviewers);
