namespace Workflow.Functions.Review;

/// <summary>Input of the activity that tells reviewers added to an open stage (<see cref="ReviewEventKind.StagesChanged"/>).</summary>
public sealed record ReviewerChange(string AgencyId, int Year, int Revision, int Stage, IReadOnlyList<string> Added);
