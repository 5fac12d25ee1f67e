using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Faults;
using Workflow.LocalHost.Storage;

namespace Workflow.LocalHost.Faults;

/// <summary>
/// Registers a <see cref="CrashPoint"/> when Workflow:LocalHost:CrashAt names a fault point (only fault injection
/// tests set it), before AddWorkflow would register the harmless default. The marker file is
/// Workflow:LocalHost:CrashMarker, else .local/crash-{point}.reached in the repository root.
/// </summary>
public static class CrashPointRegistration
{
    public const string CrashAtSetting = "Workflow:LocalHost:CrashAt";
    public const string MarkerSetting = "Workflow:LocalHost:CrashMarker";
    const string RepositoryRootSetting = "Workflow:LocalHost:RepositoryRoot";

    public static IServiceCollection AddCrashPoint(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[CrashAtSetting] is not { Length: > 0 } point)
        {
            return services;
        }

        if (!FaultPoints.All.Contains(point))
        {
            throw new InvalidOperationException($"{CrashAtSetting}={point} is not a fault point; use one of {string.Join(", ", FaultPoints.All)}.");
        }

        var marker = configuration[MarkerSetting] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(LocalLayout.Find(configuration[RepositoryRootSetting]).LocalDirectory, $"crash-{point}.reached");
        return services.AddSingleton<IFaultPoint>(new CrashPoint(point, marker));
    }
}
