namespace Workflow.Functions.Season;

/// <summary>The supervisors' overview of a reporting season: every registered agency and where it stands.</summary>
public sealed record SeasonOverview(int Year, DateOnly Today, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<AgencySeasonStatus> Agencies);
