using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Http;

/// <summary>
/// JSON answers of the API. Errors are application/problem+json (RFC 9457) with a Chinese title, the rule
/// IDs of the findings that caused them, and never a stack trace.
/// </summary>
public static class ApiResults
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static ApiResponse Json(int status, object body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, "application/json; charset=utf-8", JsonSerializer.Serialize(body, JsonOptions), headers);

    /// <param name="extensions">More members of the problem (RFC 9457 extension members), named as they are written.</param>
    public static ApiResponse Problem(
        int status, string title, string? detail = null, IReadOnlyList<Finding>? findings = null, IReadOnlyDictionary<string, object?>? extensions = null,
        IReadOnlyDictionary<string, string>? headers = null) => new(
        status,
        "application/problem+json; charset=utf-8",
        JsonSerializer.Serialize(
            new ProblemBody(
                "about:blank",
                title,
                status,
                detail,
                findings?.Select(f => f.RuleId).Distinct().ToList(),
                findings)
            {
                Extensions = extensions?.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!),
            },
            JsonOptions),
        headers);

    private sealed record ProblemBody(string Type, string Title, int Status, string? Detail, IReadOnlyList<string>? RuleIds, IReadOnlyList<Finding>? Findings)
    {
        [JsonExtensionData]
        public Dictionary<string, object>? Extensions { get; init; }
    }
}
