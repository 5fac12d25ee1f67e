using System.Globalization;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>The audit table: every step of a report's way (submitted, emailed, decided, ignored, approved …).</summary>
public sealed class AuditLog(TableServiceClient tables, TimeProvider clock)
{
    private TableClient Table => tables.GetTableClient(StorageNames.AuditTable);

    public async Task WriteAsync(ReportKey key, string step, int revision, int stage, string actor, string detail, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var entity = new AuditEntity
        {
            PartitionKey = key.PartitionKey,
            RowKey = $"{now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}",
            Step = step,
            Revision = revision,
            Stage = stage,
            Actor = actor,
            Detail = detail.Length > 4000 ? detail[..4000] : detail,
            At = now,
        };
        await Table.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntity>> ListAsync(ReportKey key, CancellationToken cancellationToken = default)
    {
        var rows = new List<AuditEntity>();
        await foreach (var row in Table.QueryAsync<AuditEntity>(a => a.PartitionKey == key.PartitionKey, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
