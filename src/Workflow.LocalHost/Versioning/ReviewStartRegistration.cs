using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Review;

namespace Workflow.LocalHost.Versioning;

/// <summary>
/// Registers the orchestrator that new reviews start with when Workflow:LocalHost:StartReviewsWith names one (only
/// the versioning test sets it, to write a history with the previous version), before AddWorkflow would register
/// the current one.
/// </summary>
public static class ReviewStartRegistration
{
    public const string Setting = "Workflow:LocalHost:StartReviewsWith";

    static readonly string[] Versions = [ReviewOrchestrationV1.Name, ReviewOrchestration.Name];

    public static IServiceCollection AddReviewStart(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[Setting] is not { Length: > 0 } orchestrator)
        {
            return services;
        }

        if (!Versions.Contains(orchestrator))
        {
            throw new InvalidOperationException($"{Setting}={orchestrator} is not a review orchestrator; use one of {string.Join(", ", Versions)}.");
        }

        return services.AddSingleton(new ReviewStart(orchestrator));
    }
}
