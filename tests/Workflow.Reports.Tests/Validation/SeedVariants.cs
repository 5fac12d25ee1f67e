using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

/// <summary>The seed's text with one passage changed, read by the text reader and validated as a submission would be.</summary>
internal static class SeedVariants
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, RealReportFindings.Seed));

    /// <summary>Findings of the seed as it is, read with <paramref name="options"/>.</summary>
    public static IReadOnlyList<Finding> Findings(ReadOptions options) =>
        new ReportValidator().Validate(new TextReportReader().Read(Text, options));

    /// <summary>Findings of the seed with <paramref name="from"/> (which must occur) replaced by <paramref name="to"/>.</summary>
    public static IReadOnlyList<Finding> Findings(string from, string to, ReadOptions? options = null)
    {
        Assert.Contains(from, Text);
        var reading = new TextReportReader().Read(Text.Replace(from, to, StringComparison.Ordinal), options ?? ReadOptions.None with { Kind = AgencyKind.Department });
        return new ReportValidator().Validate(reading);
    }
}
