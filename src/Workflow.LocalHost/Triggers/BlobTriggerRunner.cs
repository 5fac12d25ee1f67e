using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Storage;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// Runs a blob-triggered function with the WebJobs SDK's blob trigger listener (Azurite sends no Event Grid
/// events; the SDK scans the container instead, a new blob fires within seconds). The SDK's host id follows
/// the task hub: a restarted host keeps its blob receipts (blobs already handled are not handled again), and
/// two local hosts on one Azurite (a developer's and a test run's) never take each other's blobs, which
/// they would publish with the other's mail settings.
/// </summary>
public sealed class BlobTriggerRunner(BlobFunctionBinding binding, IServiceProvider functionServices, IConfiguration configuration, ILogger<BlobTriggerRunner> logger) : IHostedService, IAsyncDisposable
{
    public const string HostIdSetting = "Workflow:LocalHost:BlobHostId";
    const string TaskHubSetting = "Workflow:LocalHost:Durable:TaskHub";
    const string DefaultTaskHub = "WorkflowLocal";

    IHost? webJobs;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = configuration["AzureWebJobsStorage"],
            [LocalBlobTriggerJob.PathSetting] = binding.Path,
        };
        var job = new LocalBlobTriggerJob(binding, functionServices, functionServices.GetRequiredService<ILogger<LocalBlobTriggerJob>>());
        webJobs = new HostBuilder()
            .ConfigureWebJobs(b =>
            {
                b.UseHostId(configuration[HostIdSetting] ?? HostIdFor(configuration[TaskHubSetting] ?? DefaultTaskHub));
                b.AddAzureStorageCoreServices();
                b.AddAzureStorageBlobs();
            })
            // After ConfigureWebJobs, which adds appsettings.json and the environment: the app's own storage
            // setting (command line included) must win over the default in appsettings.json.
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings))
            .ConfigureLogging(l => l
                .AddSimpleConsole(console => console.SingleLine = true)
                .SetMinimumLevel(LogLevel.Warning)
                // The SDK probes for queues and receipts that do not exist yet; those 404s are expected.
                .AddFilter("Azure.Core", LogLevel.Error))
            .ConfigureServices(s =>
            {
                // The listener's container scans, receipts and leases count with the app's storage requests.
                var counter = functionServices.GetRequiredService<StorageRequestCounter>();
                s.AddAzureClients(clients => clients.ConfigureDefaults((options, _) => counter.AddTo(options, "blob-trigger")));
                s.AddSingleton<ITypeLocator>(new SingleTypeLocator(typeof(LocalBlobTriggerJob)));
                s.AddSingleton<IJobActivator>(new SingleJobActivator(job));
            })
            .Build();
        await webJobs.StartAsync(cancellationToken);
        logger.LogInformation("Blob trigger of {Function} listens on {Path}.", binding.Function.Name, binding.Path);
    }

    /// <summary>Lower-case letters, digits and dashes, at most 32 characters, as the SDK requires.</summary>
    public static string HostIdFor(string taskHub)
    {
        var id = "blobs-" + new string([.. taskHub.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))]);
        return id.Length > 32 ? id[..32] : id;
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
