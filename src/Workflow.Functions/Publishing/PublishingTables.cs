using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Tables of publication and its notifications (season reminders use the receipts too). Each is created on first use in the
/// process, so they exist whichever host (Functions, local host, tests) runs the code.
/// </summary>
public sealed class PublishingTables(TableServiceClient tables)
{
    public const string Receipts = "notificationreceipts";
    public const string Subscriptions = "subscriptions";
    public const string Failures = "publicationfailures";

    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> created = new();

    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken = default) =>
        created.GetOrAdd(name, n => new Lazy<Task<TableClient>>(async () =>
        {
            await tables.CreateTableIfNotExistsAsync(n, CancellationToken.None);
            return tables.GetTableClient(n);
        })).Value.WaitAsync(cancellationToken);
}
