using System.Text.Json.Serialization;

namespace Workflow.Functions.Review;

/// <summary>
/// What a review link entitles: one reviewer to decide one stage of one revision (whose content hash it
/// names) of one report, until <see cref="ExpiresAt"/> (Unix seconds). <see cref="Nonce"/> is random per
/// link and identifies the decision made with it.
/// </summary>
public sealed record ReviewGrant(
    [property: JsonPropertyName("i")] string InstanceId,
    [property: JsonPropertyName("r")] int Revision,
    [property: JsonPropertyName("s")] int Stage,
    [property: JsonPropertyName("v")] string Reviewer,
    [property: JsonPropertyName("h")] string ContentSha256,
    [property: JsonPropertyName("e")] long ExpiresAt,
    [property: JsonPropertyName("n")] string Nonce);
