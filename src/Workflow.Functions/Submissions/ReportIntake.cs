using System.Text.Json;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// Turns an upload into a reading and findings with the domain library: text/plain through the text
/// reader, application/json as the canonical model. Other readers plug in here.
/// </summary>
public sealed class ReportIntake
{
    private static readonly IReadOnlyDictionary<string, string> ExtensionByMediaType = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["text/plain"] = "txt",
        ["application/json"] = "json",
    };

    public static IReadOnlyCollection<string> MediaTypes => [.. ExtensionByMediaType.Keys];

    /// <summary>The file extension of uploads of that media type, or null when it is not accepted.</summary>
    public static string? ExtensionOf(string? mediaType) =>
        mediaType is not null && ExtensionByMediaType.TryGetValue(mediaType, out var extension) ? extension : null;

    /// <exception cref="UnreadableReportException">The body is not a readable report.</exception>
    public ReportReading Read(ReadOnlyMemory<byte> body, string mediaType, ReadOptions options)
    {
        if (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(body, options);
        }

        return new TextReportReader().Read(body, options);
    }

    /// <summary>The reader's notes and the validator's findings (with last year's report for cross-year rules).</summary>
    public IReadOnlyList<Finding> Check(ReportReading reading, AnnualReport? previous) =>
        new ReportValidator().Validate(reading, previous);

    private static ReportReading ReadJson(ReadOnlyMemory<byte> body, ReadOptions options)
    {
        AnnualReport report;
        try
        {
            report = JsonSerializer.Deserialize<AnnualReport>(body.Span, ReportJson.Options)
                ?? throw new UnreadableReportException("json-null", "JSON 内容为空。");
        }
        catch (JsonException e)
        {
            throw new UnreadableReportException("json-invalid", $"不是有效的报告 JSON（应符合 report.schema.json）：{e.Message}");
        }

        // As for the text reader, what the caller knows (the registered agency, the year in the address) wins.
        var agency = new Agency(
            options.AgencyId ?? report.Agency.Id,
            options.AgencyName ?? report.Agency.Name,
            options.Kind ?? report.Agency.Kind);
        return new ReportReading(report with { Agency = agency, Year = options.Year ?? report.Year }, []);
    }
}
