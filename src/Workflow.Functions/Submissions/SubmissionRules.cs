using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Workflow.Reports.Model;

namespace Workflow.Functions.Submissions;

/// <summary>Checks of the address and headers of a submission, before anything is read or stored.</summary>
public static class SubmissionRules
{
    /// <summary>A report year from the address of something stored: a <see cref="ReportYears">valid</see> year up to the current one (Beijing time).</summary>
    public static int? ParseYear(string? year, DateTimeOffset now) => ReportYears.Parse(year, ChinaTime.ToChina(now).Year);

    /// <summary>The media type of the body without parameters, lower case; null when absent or malformed.</summary>
    public static string? MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    /// <summary>A correction of an approved or published report is asked for by ?correction=true or X-Correction: true.</summary>
    public static bool IsCorrection(HttpRequest request) =>
        string.Equals(request.Query["correction"], "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(request.Headers["X-Correction"], "true", StringComparison.OrdinalIgnoreCase);
}
