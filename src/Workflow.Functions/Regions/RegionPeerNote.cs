using Workflow.Reports.Region;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Regions;

/// <summary>A P-PEER finding of one member's approved report among the region's other members of its kind.</summary>
public sealed record RegionPeerNote(string AgencyId, string Name, Finding Finding)
{
    /// <summary>The notes of every approved member, in the members' order.</summary>
    public static IReadOnlyList<RegionPeerNote> Of(IReadOnlyList<RegionReport> approved) =>
        [.. approved.Zip(PeerComparison.CheckEach([.. approved.Select(a => a.Report)]))
            .SelectMany(e => e.Second.Select(f => new RegionPeerNote(e.First.AgencyId, e.First.AgencyName, f)))];
}
