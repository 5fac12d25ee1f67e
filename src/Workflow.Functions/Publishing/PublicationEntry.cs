using Workflow.Reports.Model;
using Workflow.Reports.Statistics;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Publishing;

/// <summary>
/// What the public site knows about one published report: the source of the year index, the feed and the
/// page header. Stored as a small blob per report (<see cref="PublicSitePaths.Entry"/>) so that concurrent
/// publications never edit the same document; the shared indexes are rebuilt from a listing of entries.
/// </summary>
/// <param name="ApprovedAt">Approval of the revision shown now; also the publication instant of that revision.</param>
/// <param name="PublishedAt">First publication; a correction keeps it and appends to <paramref name="CorrectedAt"/>.</param>
/// <param name="ReportSha256">Hash of the published report.json, to tell a re-run from a correction.</param>
/// <param name="Statistics">The report's public figures (statistics.csv, statistics.html); null in entries written before them.</param>
public sealed record PublicationEntry(
    string AgencyId,
    string AgencyName,
    AgencyKind Kind,
    int Year,
    string Title,
    int Revision,
    DateTimeOffset ApprovedAt,
    DateTimeOffset PublishedAt,
    IReadOnlyList<DateTimeOffset> CorrectedAt,
    string ReportSha256,
    ReportStatistics? Statistics = null)
{
    public DateOnly Deadline => new LegalDeadline(Kind, Year).Date;

    public bool OnTime => new LegalDeadline(Kind, Year).IsOnTime(ChinaDates.DateOf(PublishedAt));

    /// <summary>The last change people can see: the latest correction, else the first publication.</summary>
    public DateTimeOffset UpdatedAt => CorrectedAt.Count > 0 ? CorrectedAt[^1] : PublishedAt;
}
