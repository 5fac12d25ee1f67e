namespace Workflow.Functions.Review;

/// <summary>Output of the orchestration: approved (the approved blob is written) or withdrawn.</summary>
public sealed record ReviewOutcome(bool Approved, int Revision);
