using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>One submitted revision (RowKey "r0001" …) in the submissions table; its blobs are in drafts.</summary>
public sealed class RevisionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Revision { get; set; }

    /// <summary>Hex SHA-256 of the uploaded body (what the review links are bound to).</summary>
    public string ContentSha256 { get; set; } = "";

    /// <summary>
    /// Hex SHA-256 of the canonical report JSON read from the upload: the revision's identity. The same report
    /// again, in whatever encoding or format, is the same revision. Empty on revisions stored before it existed.
    /// </summary>
    public string ReportSha256 { get; set; } = "";
    public string MediaType { get; set; } = "";
    public string OriginalBlob { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    public bool Correction { get; set; }

    /// <summary>"container/blob" of last year's report the findings were checked against; null when there was none.</summary>
    public string? PreviousReport { get; set; }

    /// <summary>
    /// The error rule IDs the bureau acknowledged at submission ("T3-BAL,T4-REV"): it checked them and submitted over
    /// them. Null or empty when the draft had no error.
    /// </summary>
    public string? Acknowledged { get; set; }

    /// <summary>The acknowledged rule IDs as a list, in the order of the findings.</summary>
    public IReadOnlyList<string> AcknowledgedRules() =>
        Acknowledged is { Length: > 0 } value ? value.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>Whether <paramref name="other"/> holds the same report (by its canonical JSON; by its bytes when this one predates that).</summary>
    public bool IsSameReportAs(RevisionEntity other) =>
        ReportSha256.Length > 0 && other.ReportSha256.Length > 0
            ? string.Equals(ReportSha256, other.ReportSha256, StringComparison.OrdinalIgnoreCase)
            : string.Equals(ContentSha256, other.ContentSha256, StringComparison.OrdinalIgnoreCase);

    public static string RowKeyOf(int revision) => $"r{revision:D4}";
}
