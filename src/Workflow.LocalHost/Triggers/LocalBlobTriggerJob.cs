using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// The WebJobs SDK function that stands in for the Functions host's blob trigger: the SDK's own listener
/// (container scan, receipts, retries and the webjobs-blobtrigger-poison queue) fires it, and it calls the
/// isolated function method. The path comes from <see cref="LocalBlobTriggerJob.PathSetting"/>. Each run is
/// recorded in <see cref="BlobDeliveries"/> until it ends, so a run cut short by the host's death is run again.
/// </summary>
public sealed class LocalBlobTriggerJob(BlobFunctionBinding binding, IServiceProvider functionServices, ILogger<LocalBlobTriggerJob> logger)
{
    public const string PathSetting = "LocalBlobTriggerPath";

    public async Task Run([BlobTrigger("%" + PathSetting + "%")] byte[] content, string blobTrigger, CancellationToken cancellationToken)
    {
        var arguments = binding.Arguments(blobTrigger, content, cancellationToken);
        if (arguments is null || functionServices.GetService<PushedBlobs>()?.Contains(blobTrigger, content) == true)
        {
            // Not ours, or already run from its write event in this process.
            return;
        }
        if (!await functionServices.GetRequiredService<OwnApprovals>().IncludesAsync(binding.Values(blobTrigger)!, cancellationToken))
        {
            logger.LogInformation("{Blob} was approved by another host's workflow; left to that host.", blobTrigger);
            return;
        }

        var deliveries = functionServices.GetRequiredService<BlobDeliveries>();
        await deliveries.BeginAsync(blobTrigger, cancellationToken);
        try
        {
            await using var scope = functionServices.CreateAsyncScope();
            await Functions.FunctionInvoker.InvokeAsync(binding.Function, scope.ServiceProvider, arguments);
        }
        finally
        {
            await deliveries.EndAsync(blobTrigger);
        }
    }
}
