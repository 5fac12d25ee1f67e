using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Notifications;

/// <summary>
/// A row of the notificationreceipts table: one per message and recipient. Inserted before sending (the
/// insert is the lock), marked sent after; PartitionKey is the report, RowKey names the message and the
/// recipient.
/// </summary>
public sealed class SendReceipt : ITableEntity
{
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Refused = "refused";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Recipient { get; set; } = "";
    public string Status { get; set; } = Sending;
    public DateTimeOffset ClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
