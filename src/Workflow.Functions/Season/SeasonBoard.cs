using Microsoft.Extensions.Options;
using Workflow.Functions.Publishing;
using Workflow.Functions.Storage;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Season;

/// <summary>
/// Works out where each registered agency stands for a year: published (from the public site's entries, the
/// only record of publication), else the review state of its submission, else not submitted.
/// </summary>
public sealed class SeasonBoard(SeasonAgencies agencies, SubmissionStore submissions, PublicationEntries entries, IOptions<WorkflowOptions> options, TimeProvider clock)
{
    public static readonly IReadOnlyList<SeasonState> States =
        [SeasonState.NotSubmitted, SeasonState.Reviewing, SeasonState.ChangesRequested, SeasonState.Approved, SeasonState.Published];

    public static string Chinese(SeasonState state) => state switch
    {
        SeasonState.NotSubmitted => "未提交",
        SeasonState.Reviewing => "审核中",
        SeasonState.ChangesRequested => "退回修改",
        SeasonState.Approved => "已批准",
        SeasonState.Published => "已发布",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public Task<SeasonOverview> GetAsync(int year, CancellationToken cancellationToken = default) =>
        GetAsync(year, _ => true, cancellationToken);

    /// <summary>The overview of the agencies <paramref name="include"/> picks (a region's members).</summary>
    public async Task<SeasonOverview> GetAsync(int year, Func<SeasonAgency, bool> include, CancellationToken cancellationToken = default)
    {
        var today = ChinaDates.DateOf(clock.GetUtcNow());
        var published = (await entries.ListAsync(year, cancellationToken)).ToDictionary(e => e.AgencyId);
        var lines = new List<AgencySeasonStatus>();
        foreach (var agency in (await agencies.ListAsync(cancellationToken)).Where(include))
        {
            var deadline = new LegalDeadline(agency.Kind, year).Date;
            if (published.TryGetValue(agency.Id, out var entry))
            {
                lines.Add(new AgencySeasonStatus(agency.Id, agency.Name, agency.Kind, deadline, SeasonState.Published, Chinese(SeasonState.Published),
                    entry.Revision, entry.PublishedAt, entry.OnTime, false,
                    PublicSitePaths.Url(options.Value.PublicReportsBaseUrl, PublicSitePaths.ReportPage(year, agency.Id))));
                continue;
            }

            var head = await submissions.GetReportAsync(new ReportKey(agency.Id, year), cancellationToken);
            var state = head?.ReportState switch
            {
                ReportState.Reviewing => SeasonState.Reviewing,
                ReportState.ChangesRequested => SeasonState.ChangesRequested,
                ReportState.Approved or ReportState.Published => SeasonState.Approved,
                _ => SeasonState.NotSubmitted,
            };
            lines.Add(new AgencySeasonStatus(agency.Id, agency.Name, agency.Kind, deadline, state, Chinese(state),
                state == SeasonState.NotSubmitted ? null : head?.LatestRevision, null, null, today > deadline, null));
        }

        var counts = States.ToDictionary(Chinese, s => lines.Count(l => l.Status == s));
        return new SeasonOverview(year, today, counts, lines);
    }
}
