using Azure;
using Azure.Data.Tables;

namespace Workflow.LocalHost.Triggers;

/// <summary>A row of the local deliveries table: a blob whose function run has begun and not ended.</summary>
public sealed class BlobDelivery : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>"container/name" of the blob.</summary>
    public string BlobPath { get; set; } = "";
    public DateTimeOffset BegunAt { get; set; }
}
