using Workflow.Reports.Model;

namespace Workflow.Functions.Publishing;

/// <summary>One report in <c>{year}/index.json</c>, with absolute URLs for people who download the index alone.</summary>
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
    bool OnTime);
