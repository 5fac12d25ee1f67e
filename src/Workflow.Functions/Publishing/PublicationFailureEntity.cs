using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Publishing;

/// <summary>Failed tries to publish one version of an approved blob (RowKey: hash of its content).</summary>
public sealed class PublicationFailureEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Attempts { get; set; }
    public string LastError { get; set; } = "";
}
