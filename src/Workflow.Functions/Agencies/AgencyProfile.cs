using Workflow.Functions.Lifecycle;
using Workflow.Reports.Model;

namespace Workflow.Functions.Agencies;

/// <summary>
/// A registered agency: who submits, who reviews (ordered stages; <see cref="Terms"/> gives each its rule and
/// copies, by default one approval from any reviewer passes it) and whom to alert when a review stalls.
/// <see cref="Parent"/> is the government whose region the agency belongs to; <see cref="CoversRegion"/>: the
/// government's report covers its region (H-SUM); <see cref="Admins"/>: the region's 政务公开办 addresses, who get the
/// season mails with signed links to the region page.
/// </summary>
public sealed record AgencyProfile(
    string Id,
    string Name,
    AgencyKind Kind,
    IReadOnlyList<string> Submitters,
    IReadOnlyList<IReadOnlyList<string>> ReviewStages,
    IReadOnlyList<string> Escalation)
{
    /// <summary>Rule and copies per stage, by index; a stage beyond the list is <see cref="StageTerms.Default"/>.</summary>
    public IReadOnlyList<StageTerms> Terms { get; init; } = [];

    /// <summary>The stages as the review policy reads them.</summary>
    public IReadOnlyList<ReviewStage> Stages =>
        [.. ReviewStages.Select((reviewers, i) => i < Terms.Count ? new ReviewStage(reviewers, Terms[i].Rule, Terms[i].Cc) : new ReviewStage(reviewers, StageRule.Any, []))];

    public string? Parent { get; init; }

    public bool CoversRegion { get; init; }

    public IReadOnlyList<string> Admins { get; init; } = [];

    public Agency ToAgency() => new(Id, Name, Kind);
}
