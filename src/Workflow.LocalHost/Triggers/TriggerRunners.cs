using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflow.Functions;
using Workflow.Functions.Storage;
using Workflow.LocalHost.Functions;

namespace Workflow.LocalHost.Triggers;

/// <summary>Runs the blob- and timer-triggered functions of the catalog next to the HTTP and durable ones.</summary>
public static class TriggerRunners
{
    /// <summary>True when this host runs the function although the catalog lists it as unhosted.</summary>
    public static bool Runs(UnhostedFunction function) =>
        BlobFunctionBinding.For(function.Function) is not null || TimerTriggerRunner.ScheduleOf(function.Function) is not null;

    public static IServiceCollection AddTriggerRunners(this IServiceCollection services, FunctionCatalog catalog)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OwnApprovals>();
        services.TryAddSingleton<BlobDeliveries>();
        var blobBindings = catalog.Unhosted.Select(u => BlobFunctionBinding.For(u.Function)).OfType<BlobFunctionBinding>().ToList();
        if (blobBindings.Count > 0)
        {
            // The app's blob client reports its own writes, as Event Grid would (see BlobWriteEvents).
            services.TryAddSingleton<BlobWriteEvents>();
            services.TryAddSingleton<PushedBlobs>();
            services.Replace(ServiceDescriptor.Singleton(sp =>
            {
                var options = sp.GetRequiredService<StorageRequestCounter>().AddTo(new BlobClientOptions(), StorageRequestCounter.FunctionsBlob);
                options.AddPolicy(sp.GetRequiredService<BlobWriteEvents>(), HttpPipelinePosition.PerCall);
                return WorkflowServiceCollectionExtensions.CreateBlobServiceClient(sp.GetRequiredService<IConfiguration>(), options);
            }));
            services.AddSingleton<IHostedService>(sp => new BlobEventDispatcher(
                blobBindings, sp.GetRequiredService<BlobWriteEvents>(), sp, sp.GetRequiredService<ILogger<BlobEventDispatcher>>()));
        }

        foreach (var unhosted in catalog.Unhosted)
        {
            var function = unhosted.Function;
            if (BlobFunctionBinding.For(function) is { } binding)
            {
                // Not AddHostedService: it keeps one registration per implementation type.
                services.AddSingleton<IHostedService>(sp => new BlobTriggerRunner(
                    binding, sp, sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ILogger<BlobTriggerRunner>>()));
                services.AddSingleton<IHostedService>(sp => new InterruptedDeliveries(binding, sp, sp.GetRequiredService<ILogger<InterruptedDeliveries>>()));
            }
            else if (TimerTriggerRunner.ScheduleOf(function) is not null)
            {
                services.AddSingleton<IHostedService>(sp => new TimerTriggerRunner(
                    function, sp, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TimerTriggerRunner>>()));
            }
        }
        return services;
    }
}
