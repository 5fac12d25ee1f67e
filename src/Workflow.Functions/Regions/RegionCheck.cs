using Workflow.Functions.Agencies;
using Workflow.Reports.Model;
using Workflow.Reports.Region;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Regions;

/// <summary>
/// The checks a report gets from its region, run at submission, in the dry run and on the review page: H-SUM for a
/// government whose registration says its report covers its region (the report against its members' approved
/// reports), and P-PEER for a member of a region (its figures against the approved reports of the region's other
/// members of its kind). Nothing for an agency outside any region.
/// </summary>
public sealed class RegionCheck(RegionMembers members)
{
    public async Task<IReadOnlyList<Finding>> CheckAsync(AgencyProfile? agency, AnnualReport report, CancellationToken cancellationToken = default)
    {
        if (agency is null)
        {
            return [];
        }

        var findings = new List<Finding>();
        if (agency.CoversRegion)
        {
            var listed = await members.ListAsync(agency.Id, cancellationToken);
            var (approved, pending) = await members.ApprovedAsync(listed, report.Year, cancellationToken);
            findings.AddRange(RegionRules.Check(report, approved, pending));
        }
        if (agency.Parent is { } parent)
        {
            var peers = (await members.ListAsync(parent, cancellationToken)).Where(m => m.Kind == agency.Kind && m.Id != agency.Id).ToList();
            var (approved, _) = await members.ApprovedAsync(peers, report.Year, cancellationToken);
            findings.AddRange(PeerComparison.Check(report, approved.Select(a => a.Report)));
        }
        return findings;
    }
}
