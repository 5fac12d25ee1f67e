using Azure;
using Azure.Data.Tables;

namespace Workflow.Functions.Storage;

/// <summary>
/// The head row of a report in the submissions table (RowKey "report"): latest revision, state and the
/// review stage in progress (0-based). Written only by <see cref="SubmissionStore.ApplyAsync"/>, under its ETag.
/// </summary>
public sealed class ReportEntity : ITableEntity
{
    public const string Row = "report";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int LatestRevision { get; set; }
    public string State { get; set; } = nameof(ReportState.Reviewing);
    public int Stage { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public ReportState ReportState
    {
        get => Enum.TryParse<ReportState>(State, out var state) ? state : Storage.ReportState.Reviewing;
        set => State = value.ToString();
    }

    public static Lifecycle.ReportStanding StandingOf(ReportEntity? head, bool published) =>
        head is null ? Lifecycle.ReportStanding.NotSubmitted with { Published = published } : new(head.ReportState, head.LatestRevision, head.Stage, published);
}
