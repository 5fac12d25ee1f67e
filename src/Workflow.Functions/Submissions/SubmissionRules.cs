using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Workflow.Functions.Submissions;

/// <summary>Checks of the address and headers of a submission, before anything is read or stored.</summary>
public static class SubmissionRules
{
    /// <summary>The 政府信息公开条例 took effect in 2008; the first reports are on 2008.</summary>
    public const int FirstYear = 2008;

    /// <summary>A report year from the address: 2008 up to the current year (Beijing time).</summary>
    public static int? ParseYear(string? year, DateTimeOffset now)
    {
        if (year is not { Length: 4 } || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return value >= FirstYear && value <= ChinaTime.ToChina(now).Year ? value : null;
    }

    /// <summary>The media type of the body without parameters, lower case; null when absent or malformed.</summary>
    public static string? MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    /// <summary>A correction of an approved or published report is asked for by ?correction=true or X-Correction: true.</summary>
    public static bool IsCorrection(HttpRequest request) =>
        string.Equals(request.Query["correction"], "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(request.Headers["X-Correction"], "true", StringComparison.OrdinalIgnoreCase);
}
