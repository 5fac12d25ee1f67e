using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>Row of the agencies table (PartitionKey "agency", RowKey the agency id). Lists are JSON.</summary>
public sealed class AgencyEntity : ITableEntity
{
    public const string Partition = "agency";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string SubmittersJson { get; set; } = "[]";
    public string ReviewStagesJson { get; set; } = "[]";
    public string EscalationJson { get; set; } = "[]";

    /// <summary>Rule and copies per stage (<see cref="Agencies.StageTerms"/>); rows written before stage rules lack it: rule any.</summary>
    public string StageTermsJson { get; set; } = "[]";

    /// <summary>The parent government's id; empty for none (rows written before regions existed have none).</summary>
    public string Parent { get; set; } = "";

    /// <summary>"region" when the government's report covers its region; empty otherwise.</summary>
    public string ReportCovers { get; set; } = "";

    public string AdminsJson { get; set; } = "[]";

    /// <summary>Hex SHA-256 of the agency key; the key itself is shown once and never stored.</summary>
    public string KeyHash { get; set; } = "";
}
