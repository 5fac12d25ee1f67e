using Azure.Data.Tables;
using Workflow.Functions.Publishing;

namespace Workflow.Functions.Notifications;

/// <summary>Who wants the "已发布" mail of an agency, or of every agency.</summary>
public sealed class SubscriptionStore(PublishingTables tables)
{
    /// <param name="agencyId">Null for every agency.</param>
    public async Task AddAsync(string email, string? agencyId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(PublishingTables.Subscriptions, cancellationToken);
        await table.UpsertEntityAsync(Entity(email, agencyId), TableUpdateMode.Replace, cancellationToken);
    }

    /// <returns>False when there was no such subscription.</returns>
    public async Task<bool> RemoveAsync(string email, string? agencyId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(PublishingTables.Subscriptions, cancellationToken);
        var entity = Entity(email, agencyId);
        var response = await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
        return response.Status != 404;
    }

    /// <summary>Addresses subscribed to the agency or to all agencies, each once.</summary>
    public async Task<IReadOnlyList<string>> SubscribersOfAsync(string agencyId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(PublishingTables.Subscriptions, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {agencyId} or PartitionKey eq {SubscriptionEntity.AllAgencies}");
        var emails = new List<string>();
        await foreach (var row in table.QueryAsync<SubscriptionEntity>(filter, cancellationToken: cancellationToken))
        {
            emails.Add(row.Email);
        }
        return [.. emails.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }

    private static SubscriptionEntity Entity(string email, string? agencyId) => new()
    {
        PartitionKey = agencyId ?? SubscriptionEntity.AllAgencies,
        RowKey = SendReceipts.RecipientKey(email),
        Email = email.Trim(),
    };
}
