using Workflow.Functions.Review;
using Workflow.Functions.Season;
using Workflow.Functions.Storage;
using Workflow.Reports.Region;

namespace Workflow.Functions.Regions;

/// <summary>
/// The members of a government's region (the agencies registered with it as <c>parent</c>) and their approved
/// reports for a year, the reports the region's sums and H-SUM add up.
/// </summary>
public sealed class RegionMembers(SeasonAgencies agencies, DraftStore drafts)
{
    public async Task<IReadOnlyList<SeasonAgency>> ListAsync(string governmentId, CancellationToken cancellationToken = default) =>
        [.. (await agencies.ListAsync(cancellationToken)).Where(a => a.Parent == governmentId && a.Id != governmentId)];

    /// <summary>The approved reports of <paramref name="members"/>, and the names of those that have none.</summary>
    public async Task<(IReadOnlyList<RegionReport> Approved, IReadOnlyList<string> Pending)> ApprovedAsync(
        IReadOnlyList<SeasonAgency> members, int year, CancellationToken cancellationToken = default)
    {
        var reads = members.Select(async m => (Member: m, Json: (await drafts.ReadApprovedBlobAsync(new ReportKey(m.Id, year), cancellationToken))?.Json)).ToList();
        var approved = new List<RegionReport>();
        var pending = new List<string>();
        foreach (var (member, json) in await Task.WhenAll(reads))
        {
            if (json is null)
            {
                pending.Add(member.Name);
            }
            else
            {
                approved.Add(new RegionReport(member.Id, member.Name, ApprovedReportDocument.Deserialize(json).Report));
            }
        }
        return (approved, pending);
    }
}
