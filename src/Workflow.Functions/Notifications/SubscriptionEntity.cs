using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Notifications;

/// <summary>
/// A row of the subscriptions table: PartitionKey the agency id, or <see cref="AllAgencies"/>; RowKey a hash
/// of the address (addresses may hold characters that keys cannot).
/// </summary>
public sealed class SubscriptionEntity : ITableEntity
{
    public const string AllAgencies = "*";

    public string PartitionKey { get; set; } = AllAgencies;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Email { get; set; } = "";
}
