namespace Workflow.Functions.Review;

/// <summary>
/// The orchestrator new reviews start with: the current version, <see cref="ReviewOrchestration.Name"/>. Reviews in
/// flight keep the version they started with (see the README's "Orchestration versions"); only the versioning test
/// starts one with an earlier version (the local host's Workflow:LocalHost:StartReviewsWith).
/// </summary>
public sealed record ReviewStart(string Orchestrator)
{
    public static ReviewStart Current { get; } = new(ReviewOrchestration.Name);
}
