using Workflow.Functions.Agencies;
using Workflow.Functions.Publishing;
using Workflow.Functions.Review;
using Workflow.Functions.Season;
using Workflow.Functions.Storage;
using Workflow.Reports.Model;
using Workflow.Reports.Region;

namespace Workflow.Functions.Regions;

/// <summary>Builds the region view of a government for a year from the season board, the approved reports and the drafts.</summary>
public sealed class RegionBoard(RegionMembers members, SeasonBoard board, AgencyStore agencies, SubmissionStore submissions, DraftStore drafts)
{
    /// <summary>The view, or null when <paramref name="governmentId"/> is not registered.</summary>
    public async Task<RegionView?> GetAsync(string governmentId, int year, CancellationToken cancellationToken = default)
    {
        if (await agencies.GetAsync(governmentId, cancellationToken) is not { } government)
        {
            return null;
        }

        var listed = await members.ListAsync(governmentId, cancellationToken);
        var ids = listed.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var overview = await board.GetAsync(year, a => ids.Contains(a.Id), cancellationToken);
        var (approved, pending) = await members.ApprovedAsync(listed, year, cancellationToken);
        var statuses = await Task.WhenAll(overview.Agencies.Select(a => StatusAsync(a, year, overview.Today, cancellationToken)));
        var own = await OwnAsync(government, year, cancellationToken);
        var findings = government.CoversRegion && own is not null ? RegionRules.Check(own.Value.Report, approved, pending) : [];
        return new RegionView(
            year,
            overview.Today,
            new RegionGovernment(government.Id, government.Name, government.CoversRegion),
            overview.Counts,
            statuses.Count(s => s.Late),
            statuses,
            RegionSums.Of(approved),
            own?.Figures,
            findings,
            RegionPeerNote.Of(approved));
    }

    /// <summary>A member's line; for a report in review, its stage and reviewers from the head row and the registration.</summary>
    private async Task<RegionMemberStatus> StatusAsync(AgencySeasonStatus line, int year, DateOnly today, CancellationToken cancellationToken)
    {
        int? stage = null;
        IReadOnlyList<string> reviewers = [];
        DateTimeOffset? since = null;
        if (line.Status is SeasonState.Reviewing or SeasonState.ChangesRequested
            && await submissions.GetReportAsync(new ReportKey(line.AgencyId, year), cancellationToken) is { } head)
        {
            since = head.UpdatedAt;
            if (line.Status == SeasonState.Reviewing)
            {
                stage = head.Stage + 1;
                var profile = await agencies.GetAsync(line.AgencyId, cancellationToken);
                reviewers = profile is not null && head.Stage < profile.ReviewStages.Count ? profile.ReviewStages[head.Stage] : [];
            }
        }

        int? daysLate = line.Status == SeasonState.Published
            ? line.OnTime == false && line.PublishedAt is { } p ? ChinaDates.DateOf(p).DayNumber - line.Deadline.DayNumber : null
            : line.Overdue ? today.DayNumber - line.Deadline.DayNumber : null;
        return new RegionMemberStatus(
            line.AgencyId, line.Name, line.Kind, line.Deadline, line.Status, line.State, line.Revision, stage, reviewers, since,
            since is { } s ? today.DayNumber - ChinaDates.DateOf(s).DayNumber : null,
            line.PublishedAt, line.OnTime, daysLate is not null, daysLate, line.PageUrl);
    }

    /// <summary>The government's approved report, else its latest submitted revision.</summary>
    private async Task<(AnnualReport Report, RegionOwnFigures Figures)?> OwnAsync(AgencyProfile government, int year, CancellationToken cancellationToken)
    {
        var key = new ReportKey(government.Id, year);
        AnnualReport report;
        string source;
        int revision;
        if (await drafts.ReadApprovedBlobAsync(key, cancellationToken) is { Json: var json })
        {
            var document = ApprovedReportDocument.Deserialize(json);
            (report, revision, source) = (document.Report, document.Approval.Revision, "已批准");
        }
        else if (await submissions.GetReportAsync(key, cancellationToken) is { ReportState: not ReportState.Withdrawn } head)
        {
            report = await drafts.ReadReportAsync(key, head.LatestRevision, cancellationToken);
            (revision, source) = (head.LatestRevision, ReportStateNames.Chinese(head.ReportState));
        }
        else
        {
            return null;
        }

        var figures = RegionSums.Of([new RegionReport(government.Id, government.Name, report)]);
        return (report, new RegionOwnFigures(source, revision, figures.Proactive, figures.Requests, figures.Appeals));
    }
}
