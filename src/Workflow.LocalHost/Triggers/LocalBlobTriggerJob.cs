using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// The WebJobs SDK function that stands in for the Functions host's blob trigger: the SDK's own listener
/// (container scan, receipts, retries and the webjobs-blobtrigger-poison queue) fires it, and it calls the
/// isolated function method. The path comes from <see cref="LocalBlobTriggerJob.PathSetting"/>.
/// </summary>
public sealed class LocalBlobTriggerJob(BlobFunctionBinding binding, IServiceProvider functionServices)
{
    public const string PathSetting = "LocalBlobTriggerPath";

    public async Task Run([BlobTrigger("%" + PathSetting + "%")] byte[] content, string blobTrigger, CancellationToken cancellationToken)
    {
        var arguments = binding.Arguments(blobTrigger, content, cancellationToken);
        if (arguments is null)
        {
            return;
        }

        await using var scope = functionServices.CreateAsyncScope();
        await Functions.FunctionInvoker.InvokeAsync(binding.Function, scope.ServiceProvider, arguments);
    }
}
