using Workflow.Functions.Agencies;
using Workflow.Reports.Model;
using Workflow.Reports.Region;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Regions;

/// <summary>
/// H-SUM for a government whose registration says its report covers its region: the report against its members'
/// approved reports. Nothing for any other agency. Run at submission, in the dry run and on the review page.
/// </summary>
public sealed class RegionCheck(RegionMembers members)
{
    public async Task<IReadOnlyList<Finding>> CheckAsync(AgencyProfile? agency, AnnualReport report, CancellationToken cancellationToken = default)
    {
        if (agency is not { CoversRegion: true })
        {
            return [];
        }

        var listed = await members.ListAsync(agency.Id, cancellationToken);
        var (approved, pending) = await members.ApprovedAsync(listed, report.Year, cancellationToken);
        return RegionRules.Check(report, approved, pending);
    }
}
