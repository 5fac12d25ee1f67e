namespace Workflow.Functions.Review;

/// <summary>Input of <see cref="ReviewOrchestration"/>: ids only, never the report (it stays in blob storage).</summary>
public sealed record ReviewInput(string AgencyId, int Year, int Revision, ReviewTiming Timing);
