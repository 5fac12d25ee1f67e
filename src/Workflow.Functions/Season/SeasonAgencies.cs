using System.Text.Json;
using Azure.Data.Tables;
using Workflow.Functions.Storage;
using Workflow.Reports.Model;

namespace Workflow.Functions.Season;

/// <summary>Every registered agency, read from the agencies table.</summary>
public sealed class SeasonAgencies(TableServiceClient tables)
{
    public async Task<IReadOnlyList<SeasonAgency>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = tables.GetTableClient(StorageNames.AgenciesTable);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AgencyEntity.Partition}");
        var agencies = new List<SeasonAgency>();
        await foreach (var row in table.QueryAsync<AgencyEntity>(filter, select: ["RowKey", "Name", "Kind", "SubmittersJson", "Parent"], cancellationToken: cancellationToken))
        {
            agencies.Add(new SeasonAgency(
                row.RowKey,
                row.Name,
                row.Kind == "government" ? AgencyKind.Government : AgencyKind.Department,
                JsonSerializer.Deserialize<List<string>>(row.SubmittersJson) ?? [],
                row.Parent is { Length: > 0 } parent ? parent : null));
        }
        return [.. agencies.OrderBy(a => a.Id, StringComparer.Ordinal)];
    }
}
