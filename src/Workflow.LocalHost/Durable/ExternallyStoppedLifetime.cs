using Microsoft.Extensions.Hosting;

namespace Workflow.LocalHost.Durable;

/// <summary>
/// Keeps Ctrl-C away from the gRPC sidecar: the program stops it itself, after the worker, so that the sidecar
/// does not wait for work items the worker will never finish.
/// </summary>
sealed class ExternallyStoppedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
