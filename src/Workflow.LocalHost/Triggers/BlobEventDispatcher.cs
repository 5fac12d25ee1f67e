using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// Runs the blob-triggered functions for the blobs <see cref="BlobWriteEvents"/> reports, several at a time,
/// with retries as Event Grid makes them (a function that keeps failing is left to the container scan, which
/// retries it and moves it to the poison queue in the end). Each run is recorded in <see cref="BlobDeliveries"/>
/// like a scanned one, so a run cut short by the host's death is run again at the next start.
/// </summary>
public sealed class BlobEventDispatcher(
    IReadOnlyList<BlobFunctionBinding> bindings, BlobWriteEvents events, IServiceProvider functionServices, ILogger<BlobEventDispatcher> logger) : BackgroundService
{
    const int Parallelism = 32;
    const int Attempts = 4;
    static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new SemaphoreSlim(Parallelism);
        try
        {
            await foreach (var path in events.Written.ReadAllAsync(stoppingToken))
            {
                foreach (var binding in bindings.Where(b => b.Values(path) is not null))
                {
                    await running.WaitAsync(stoppingToken);
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            await DeliverAsync(binding, path, stoppingToken);
                        }
                        finally
                        {
                            running.Release();
                        }
                    }, CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    async Task DeliverAsync(BlobFunctionBinding binding, string path, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                var deliveries = functionServices.GetRequiredService<BlobDeliveries>();
                // Recorded while the blob downloads: a publication's latency is a chain of storage round trips.
                var begun = deliveries.BeginAsync(path, cancellationToken);
                var download = DownloadAsync(path, cancellationToken);
                await Task.WhenAll(begun, download);
                var content = await download;
                if (content is null || binding.Arguments(path, content, cancellationToken) is not { } arguments)
                {
                    await deliveries.EndAsync(path);
                    return;
                }

                try
                {
                    await using var scope = functionServices.CreateAsyncScope();
                    await Functions.FunctionInvoker.InvokeAsync(binding.Function, scope.ServiceProvider, arguments);
                }
                finally
                {
                    await deliveries.EndAsync(path);
                }

                functionServices.GetRequiredService<PushedBlobs>().Add(path, content);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "{Function} failed for {Blob} (try {Attempt} of {Attempts} from the write event).", binding.Function.Name, path, attempt, Attempts);
                if (attempt < Attempts)
                {
                    await Task.Delay(FirstRetry * Math.Pow(2, attempt - 1), cancellationToken);
                }
            }
        }
    }

    async Task<byte[]?> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        var (container, name) = (path[..path.IndexOf('/', StringComparison.Ordinal)], path[(path.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        try
        {
            var blob = functionServices.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(container).GetBlobClient(name);
            return (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Deleted again before it could run: like an event for a blob that no longer exists.
            return null;
        }
    }
}
