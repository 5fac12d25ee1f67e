using System.Net;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Storage;

namespace Workflow.LocalHost.Durable;

/// <summary>
/// The Durable Task engine with the Azure Storage backend (the one Durable Functions uses by default), served
/// over gRPC by TaskHubGrpcServer on a loopback port, so the Durable Task worker and client reach it the way
/// they reach a sidecar. State lives in storage: a pending review survives a restart of the process.
/// </summary>
public sealed class DurableEngine : IAsyncDisposable
{
    static readonly TimeSpan StopBound = TimeSpan.FromSeconds(5);

    readonly IOrchestrationService service;
    readonly WebApplication sidecar;
    readonly ILogger logger;

    DurableEngine(IOrchestrationService service, WebApplication sidecar, GrpcChannel channel, ILogger logger)
    {
        this.service = service;
        this.sidecar = sidecar;
        this.logger = logger;
        Channel = channel;
    }

    public GrpcChannel Channel { get; }

    public static async Task<DurableEngine> StartAsync(
        string storageConnectionString, DurableEngineOptions options, StorageRequestCounter counter, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            // The same clients the connection-string constructor builds, with the request counter in each pipeline.
            StorageAccountClientProvider = new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(storageConnectionString, counter.AddTo(new BlobClientOptions(), "durable.blob")),
                StorageServiceClientProvider.ForQueue(storageConnectionString, counter.AddTo(new QueueClientOptions(), "durable.queue")),
                StorageServiceClientProvider.ForTable(storageConnectionString, counter.AddTo(new TableClientOptions(), "durable.table"))),
            TaskHubName = options.TaskHub,
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
            LeaseInterval = options.LeaseInterval,
            LeaseRenewInterval = options.LeaseInterval / 3,
            LeaseAcquireInterval = options.LeaseInterval / 3,
            ControlQueueVisibilityTimeout = options.MessageVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.MessageVisibilityTimeout,
            // One process owns the hub; there is no other app version to hand over to.
            UseAppLease = false,
            LoggerFactory = loggerFactory,
        });
        // The dispatcher only calls StartAsync, which expects the queues and tables to exist.
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, ExternallyStoppedLifetime>();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var guarded = StopAfterStartGuard.Wrap(service);
        builder.Services.AddSingleton(guarded);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var sidecar = builder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync(cancellationToken);

        var address = sidecar.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var logger = loggerFactory.CreateLogger<DurableEngine>();
        logger.LogDebug("Durable Task sidecar for hub {TaskHub} listens on {Address}", options.TaskHub, address);
        return new DurableEngine(guarded, sidecar, GrpcChannel.ForAddress(address), logger);
    }

    /// <summary>Stop the worker (the host that runs it) before this: the sidecar waits for work items in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        // TaskHubGrpcServer gives outstanding work up to 60 minutes on stop; bound it, and release the
        // partition leases so that the next start takes them over at once.
        using var bound = new CancellationTokenSource(StopBound);
        try
        {
            await sidecar.StopAsync(bound.Token);
            await service.StopAsync(isForced: true).WaitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The durable engine did not stop within {Bound}; leaving it behind", StopBound);
        }

        Channel.Dispose();
        await sidecar.DisposeAsync();
    }
}
