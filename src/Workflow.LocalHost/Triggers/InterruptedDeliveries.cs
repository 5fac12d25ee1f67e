using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// At start-up, runs again the blob-triggered functions that a previous run of this host began and never
/// finished (it died): the redelivery Event Grid makes in Azure. The functions are idempotent, so a run that had
/// in fact got far does no harm.
/// </summary>
public sealed class InterruptedDeliveries(BlobFunctionBinding binding, IServiceProvider functionServices, ILogger<InterruptedDeliveries> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deliveries = functionServices.GetRequiredService<BlobDeliveries>();
        var blobs = functionServices.GetRequiredService<BlobServiceClient>();
        var job = new LocalBlobTriggerJob(binding, functionServices, functionServices.GetRequiredService<ILogger<LocalBlobTriggerJob>>());
        foreach (var path in await deliveries.InterruptedAsync(cancellationToken))
        {
            if (binding.Values(path) is null)
            {
                continue;
            }

            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var blob = blobs.GetBlobContainerClient(path[..slash]).GetBlobClient(path[(slash + 1)..]);
            if (!await blob.ExistsAsync(cancellationToken))
            {
                await deliveries.EndAsync(path);
                continue;
            }

            logger.LogWarning("{Function} on {Blob} was cut short by the end of the previous run; running it again.", binding.Function.Name, path);
            try
            {
                var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
                await job.Run(content, path, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The blob listener retries failures of its own runs; this one is logged and left to the operator.
                logger.LogError(e, "Running {Function} on {Blob} again failed.", binding.Function.Name, path);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
