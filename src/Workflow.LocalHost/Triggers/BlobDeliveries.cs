using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Workflow.LocalHost.Durable;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// Remembers each blob-triggered run from its start to its end (success or failure), per blob host id. A row
/// left behind means the host died during the run: the next start runs it again (see
/// <see cref="InterruptedDeliveries"/>). In Azure, Event Grid delivers again to a function app that did not
/// answer; locally the WebJobs SDK would take its in-flight queue message back only after its fixed 10 minutes.
/// Failures need no row: the SDK retries them itself and moves the blob to the poison queue in the end.
/// </summary>
public sealed class BlobDeliveries(TableServiceClient tables, IConfiguration configuration)
{
    public const string TableName = "localblobdeliveries";

    readonly Lazy<Task<TableClient>> table = new(async () =>
    {
        await tables.CreateTableIfNotExistsAsync(TableName);
        return tables.GetTableClient(TableName);
    });

    /// <summary>The blob listener's host id: one per task hub, so two local hosts on one Azurite keep apart.</summary>
    string HostId => configuration[BlobTriggerRunner.HostIdSetting]
        ?? BlobTriggerRunner.HostIdFor(configuration[$"{DurableEngineOptions.SectionName}:TaskHub"] ?? new DurableEngineOptions().TaskHub);

    public async Task BeginAsync(string blobPath, CancellationToken cancellationToken)
    {
        var delivery = new BlobDelivery { PartitionKey = HostId, RowKey = RowKeyOf(blobPath), BlobPath = blobPath, BegunAt = DateTimeOffset.UtcNow };
        await (await table.Value).UpsertEntityAsync(delivery, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task EndAsync(string blobPath)
    {
        await (await table.Value).DeleteEntityAsync(HostId, RowKeyOf(blobPath), ETag.All, CancellationToken.None);
    }

    /// <summary>Blobs whose run began on this host id and never ended.</summary>
    public async Task<IReadOnlyList<string>> InterruptedAsync(CancellationToken cancellationToken)
    {
        var client = await table.Value;
        var paths = new List<string>();
        await foreach (var row in client.QueryAsync<BlobDelivery>(d => d.PartitionKey == HostId, cancellationToken: cancellationToken))
        {
            paths.Add(row.BlobPath);
        }

        return paths;
    }

    /// <summary>Row keys cannot hold '/'; escaping keeps them readable and distinct.</summary>
    static string RowKeyOf(string blobPath) => Uri.EscapeDataString(blobPath);
}
