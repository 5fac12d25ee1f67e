namespace Workflow.Functions.Season;

/// <summary>Where an agency stands in a reporting season.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SeasonState>))]
public enum SeasonState
{
    NotSubmitted,
    Reviewing,
    ChangesRequested,
    Approved,
    Published,
}
