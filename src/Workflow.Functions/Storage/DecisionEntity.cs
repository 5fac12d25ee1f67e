using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>
/// A reviewer's decision, keyed by report, revision and stage (RowKey "r0002-s1"). Inserting it is the
/// idempotency guard: the first decision for a stage of a revision wins, a second insert fails.
/// </summary>
public sealed class DecisionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Revision { get; set; }
    public int Stage { get; set; }
    public string Reviewer { get; set; } = "";

    /// <summary>"approve" or "changes".</summary>
    public string Decision { get; set; } = "";
    public string Comment { get; set; } = "";
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The nonce of the link used; also deduplicates the event in the orchestration.</summary>
    public string DecisionId { get; set; } = "";

    public static string RowKeyOf(int revision, int stage) => $"r{revision:D4}-s{stage}";
}
