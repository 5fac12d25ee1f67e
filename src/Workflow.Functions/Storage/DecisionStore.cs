using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>The decisions table.</summary>
public sealed class DecisionStore(TableServiceClient tables)
{
    private TableClient Table => tables.GetTableClient(StorageNames.DecisionsTable);

    /// <returns>False when this reviewer already decided that stage of that revision.</returns>
    public async Task<bool> TryRecordAsync(ReportKey key, DecisionEntity decision, CancellationToken cancellationToken = default)
    {
        decision.PartitionKey = key.PartitionKey;
        decision.RowKey = DecisionEntity.RowKeyOf(decision.Revision, decision.Stage, decision.Reviewer);
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

    /// <summary>Every decision on one stage of one revision, in the order they were made.</summary>
    public async Task<IReadOnlyList<DecisionEntity>> ListStageAsync(ReportKey key, int revision, int stage, CancellationToken cancellationToken = default)
    {
        // "r0002-s1" (a row from before stage rules) and "r0002-s1-…", but not "r0002-s10…" ('.' follows '-').
        var prefix = DecisionEntity.StagePrefix(revision, stage);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key.PartitionKey} and (RowKey eq {prefix} or (RowKey ge {prefix + "-"} and RowKey lt {prefix + "."}))");
        var rows = new List<DecisionEntity>();
        await foreach (var row in Table.QueryAsync<DecisionEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return [.. rows.OrderBy(d => d.DecidedAt)];
    }

    public async Task<IReadOnlyList<DecisionEntity>> ListAsync(ReportKey key, CancellationToken cancellationToken = default)
    {
        var rows = new List<DecisionEntity>();
        await foreach (var row in Table.QueryAsync<DecisionEntity>(d => d.PartitionKey == key.PartitionKey, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return [.. rows.OrderBy(d => d.Revision).ThenBy(d => d.Stage).ThenBy(d => d.DecidedAt)];
    }

    /// <summary>Undoes a decision that the report's state refused (a concurrent event came first), so that nothing stays recorded.</summary>
    public Task RemoveAsync(ReportKey key, DecisionEntity decision, CancellationToken cancellationToken = default) =>
        Table.DeleteEntityAsync(key.PartitionKey, decision.RowKey, ETag.All, cancellationToken);
}
