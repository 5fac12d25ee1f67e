using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;

namespace Workflow.Functions.Storage;

/// <summary>
/// Creates the containers and tables. Runs at start-up as a hosted service; the local host may also call
/// <see cref="EnsureCreatedAsync"/> explicitly. The public container allows anonymous blob reads.
/// </summary>
public sealed class StorageInitializer(BlobServiceClient blobs, TableServiceClient tables, PublicReportsContainer publicReports) : IHostedService
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var name in StorageNames.Containers)
        {
            await blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
        }
        await publicReports.EnsureCreatedAsync(cancellationToken);

        foreach (var name in StorageNames.Tables)
        {
            await tables.CreateTableIfNotExistsAsync(name, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
