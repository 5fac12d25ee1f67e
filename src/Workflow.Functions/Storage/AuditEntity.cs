using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>
/// One step in the audit table: kept after durable history is purged. RowKey sorts by time
/// ("{ticks:D19}-{guid}").
/// </summary>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Step { get; set; } = "";
    public int Revision { get; set; }
    public int Stage { get; set; }
    public string Actor { get; set; } = "";
    public string Detail { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
