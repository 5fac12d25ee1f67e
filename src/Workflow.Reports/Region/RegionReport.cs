using Workflow.Reports.Model;

namespace Workflow.Reports.Region;

/// <summary>A member's approved report, as it enters the region's sums.</summary>
public sealed record RegionReport(string AgencyId, string AgencyName, AnnualReport Report);
