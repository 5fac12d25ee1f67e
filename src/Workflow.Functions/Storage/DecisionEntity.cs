using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>
/// A reviewer's decision, keyed by report, revision, stage and reviewer (RowKey "r0002-s1-" and a hash of the
/// address; rows written before stage rules are "r0002-s1", one per stage). Inserting it is the idempotency
/// guard: a reviewer decides a stage of a revision once, a second insert fails.
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

    public static string StagePrefix(int revision, int stage) => $"r{revision:D4}-s{stage}";

    public static string RowKeyOf(int revision, int stage, string reviewer) =>
        $"{StagePrefix(revision, stage)}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(reviewer.ToLowerInvariant())))[..16]}";

    public Lifecycle.Grant ToGrant() =>
        new(Reviewer, Decision == "approve" ? Review.ReviewVerdict.Approve : Review.ReviewVerdict.RequestChanges, DecidedAt);
}
