using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>The decisions table.</summary>
public sealed class DecisionStore(TableServiceClient tables)
{
    private TableClient Table => tables.GetTableClient(StorageNames.DecisionsTable);

    /// <returns>False when a decision for that revision and stage already exists.</returns>
    public async Task<bool> TryRecordAsync(ReportKey key, DecisionEntity decision, CancellationToken cancellationToken = default)
    {
        decision.PartitionKey = key.PartitionKey;
        decision.RowKey = DecisionEntity.RowKeyOf(decision.Revision, decision.Stage);
        try
        {
            await Table.AddEntityAsync(decision, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<DecisionEntity?> GetAsync(ReportKey key, int revision, int stage, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<DecisionEntity>(key.PartitionKey, DecisionEntity.RowKeyOf(revision, stage), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    public async Task<IReadOnlyList<DecisionEntity>> ListAsync(ReportKey key, CancellationToken cancellationToken = default)
    {
        var rows = new List<DecisionEntity>();
        await foreach (var row in Table.QueryAsync<DecisionEntity>(d => d.PartitionKey == key.PartitionKey, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return [.. rows.OrderBy(d => d.Revision).ThenBy(d => d.Stage)];
    }

    /// <summary>Undoes a decision whose event could not be delivered, so that the reviewer can try again.</summary>
    public Task RemoveAsync(ReportKey key, DecisionEntity decision, CancellationToken cancellationToken = default) =>
        Table.DeleteEntityAsync(key.PartitionKey, decision.RowKey, ETag.All, cancellationToken);
}
