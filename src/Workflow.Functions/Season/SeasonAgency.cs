using Workflow.Reports.Model;

namespace Workflow.Functions.Season;

/// <summary>What the season needs of a registered agency; <see cref="Parent"/> the government whose region it is in.</summary>
public sealed record SeasonAgency(string Id, string Name, AgencyKind Kind, IReadOnlyList<string> Submitters, string? Parent = null);
