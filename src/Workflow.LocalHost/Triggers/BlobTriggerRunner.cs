using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// Runs a blob-triggered function with the WebJobs SDK's blob trigger listener (Azurite sends no Event Grid
/// events; the SDK scans the container instead, a new blob fires within seconds). A fixed host id keeps
/// the SDK's blob receipts across restarts, so blobs already handled are not handled again at every start.
/// </summary>
public sealed class BlobTriggerRunner(BlobFunctionBinding binding, IServiceProvider functionServices, IConfiguration configuration, ILogger<BlobTriggerRunner> logger) : IHostedService, IAsyncDisposable
{
    public const string HostIdSetting = "Workflow:LocalHost:BlobHostId";
    const string DefaultHostId = "workflow-localhost";

    IHost? webJobs;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = configuration["AzureWebJobsStorage"],
            [LocalBlobTriggerJob.PathSetting] = binding.Path,
        };
        var job = new LocalBlobTriggerJob(binding, functionServices);
        webJobs = new HostBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings))
            .ConfigureWebJobs(b =>
            {
                b.UseHostId(configuration[HostIdSetting] ?? DefaultHostId);
                b.AddAzureStorageCoreServices();
                b.AddAzureStorageBlobs();
            })
            .ConfigureLogging(l => l
                .AddSimpleConsole(console => console.SingleLine = true)
                .SetMinimumLevel(LogLevel.Warning)
                // The SDK probes for queues and receipts that do not exist yet; those 404s are expected.
                .AddFilter("Azure.Core", LogLevel.Error))
            .ConfigureServices(s =>
            {
                s.AddSingleton<ITypeLocator>(new SingleTypeLocator(typeof(LocalBlobTriggerJob)));
                s.AddSingleton<IJobActivator>(new SingleJobActivator(job));
            })
            .Build();
        await webJobs.StartAsync(cancellationToken);
        logger.LogInformation("Blob trigger of {Function} listens on {Path}.", binding.Function.Name, binding.Path);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (webJobs is not null)
        {
            await webJobs.StopAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        webJobs?.Dispose();
        return ValueTask.CompletedTask;
    }

    sealed class SingleTypeLocator(Type type) : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => [type];
    }

    sealed class SingleJobActivator(LocalBlobTriggerJob job) : IJobActivator
    {
        public T CreateInstance<T>() => (T)(object)job;
    }
}
