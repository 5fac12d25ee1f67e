using Workflow.Reports.Region;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Regions;

/// <summary>
/// GET /api/admin/regions/{agencyId}/{year}: the members and their states, the sums of their approved reports'
/// tables (<see cref="Sums"/>), the government's own figures (<see cref="Own"/>, null before it submits) and, when its
/// report covers the region, the H-SUM findings; <see cref="PeerNotes"/>: each approved member against its peers (P-PEER).
/// </summary>
public sealed record RegionView(
    int Year,
    DateOnly Today,
    RegionGovernment Government,
    IReadOnlyDictionary<string, int> Counts,
    int LateCount,
    IReadOnlyList<RegionMemberStatus> Members,
    RegionSums Sums,
    RegionOwnFigures? Own,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RegionPeerNote> PeerNotes);
