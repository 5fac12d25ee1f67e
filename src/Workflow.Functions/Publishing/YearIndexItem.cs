using Workflow.Reports.Model;
using Workflow.Reports.Statistics;

namespace Workflow.Functions.Publishing;

/// <summary>
/// One report in <c>{year}/index.json</c>, with absolute URLs for people who download the index alone, and its public
/// figures (<see cref="Statistics"/>, the row of statistics.csv).
/// </summary>
public sealed record YearIndexItem(
    Agency Agency,
    int Year,
    string Title,
    int Revision,
    string PageUrl,
    string ReportUrl,
    DateTimeOffset ApprovedAt,
    DateTimeOffset PublishedAt,
    IReadOnlyList<DateTimeOffset> CorrectedAt,
    DateOnly Deadline,
    bool OnTime,
    ReportStatistics? Statistics);
