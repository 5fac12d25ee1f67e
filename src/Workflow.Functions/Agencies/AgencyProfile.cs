using Workflow.Reports.Model;

namespace Workflow.Functions.Agencies;

/// <summary>
/// A registered agency: who submits, who reviews (ordered stages; one approval from any reviewer of a
/// stage passes it) and whom to alert when a review stalls.
/// </summary>
public sealed record AgencyProfile(
    string Id,
    string Name,
    AgencyKind Kind,
    IReadOnlyList<string> Submitters,
    IReadOnlyList<IReadOnlyList<string>> ReviewStages,
    IReadOnlyList<string> Escalation)
{
    public Agency ToAgency() => new(Id, Name, Kind);
}
