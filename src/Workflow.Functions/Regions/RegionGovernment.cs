namespace Workflow.Functions.Regions;

/// <summary>The government a region is under; <see cref="CoversRegion"/>: its report covers the region (H-SUM).</summary>
public sealed record RegionGovernment(string AgencyId, string Name, bool CoversRegion);
