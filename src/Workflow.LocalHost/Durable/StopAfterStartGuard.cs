using System.Reflection;
using System.Runtime.ExceptionServices;
using DurableTask.Core;

namespace Workflow.LocalHost.Durable;

/// <summary>
/// The orchestration service as the gRPC sidecar sees it: StopAsync reaches the real service only after its
/// StartAsync has finished, and only once. AzureStorageOrchestrationService throws NullReferenceException when
/// stopped before it started, and TaskHubGrpcServer stops it from an async void ApplicationStopping handler,
/// so a host stopped in its first seconds (before the dispatcher has started the service) would abort.
/// </summary>
public class StopAfterStartGuard : DispatchProxy
{
    IOrchestrationService inner = null!;
    int started;
    int stopped;

    public static IOrchestrationService Wrap(IOrchestrationService service)
    {
        var proxy = Create<IOrchestrationService, StopAfterStartGuard>();
        ((StopAfterStartGuard)(object)proxy).inner = service;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return targetMethod.Name switch
        {
            nameof(IOrchestrationService.StartAsync) => MarkStartedAsync((Task)Forward(targetMethod, args)!),
            nameof(IOrchestrationService.StopAsync) when Volatile.Read(ref started) == 0 => Task.CompletedTask,
            nameof(IOrchestrationService.StopAsync) when Interlocked.Exchange(ref stopped, 1) == 1 => Task.CompletedTask,
            _ => Forward(targetMethod, args),
        };
    }

    object? Forward(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    async Task MarkStartedAsync(Task start)
    {
        await start;
        Volatile.Write(ref started, 1);
    }
}
