using System.Text;
using Workflow.Reports.Statistics;

namespace Workflow.Functions.Publishing;

/// <summary>
/// <c>{year}/statistics.csv</c>: one row per published report, ordered by agency id, UTF-8 with a byte-order mark so
/// that spreadsheet programs read the Chinese headers; fields quoted per RFC 4180, lines ending CRLF.
/// </summary>
public static class StatisticsCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["机关标识", "单位", "类型", .. StatisticsColumns.Counts.Select(c => c.Name), .. StatisticsColumns.Ratios.Select(c => c.Name), "报告网址"];

    public static string Render(int year, IEnumerable<PublicationEntry> entries, string publicBaseUrl)
    {
        var csv = new StringBuilder("\uFEFF", 64 * 1024);
        Line(csv, Header);
        foreach (var e in entries.Where(e => e.Year == year).OrderBy(e => e.AgencyId, StringComparer.Ordinal))
        {
            var s = e.Statistics ?? Empty;
            Line(csv, [
                e.AgencyId, e.AgencyName, PublicPageText.KindName(e.Kind),
                .. StatisticsColumns.Counts.Select(c => StatisticsColumns.Count(c.Value(s))),
                .. StatisticsColumns.Ratios.Select(c => StatisticsColumns.Fraction(c.Value(s))),
                PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.ReportPage(e.Year, e.AgencyId))]);
        }
        return csv.ToString();
    }

    /// <summary>The figures of an entry written before statistics existed: all blank.</summary>
    private static readonly ReportStatistics Empty = ReportStatistics.Sum([]);

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    private static string Field(string value)
    {
        var clean = Workflow.Reports.Model.SafeText.Clean(value);
        // A leading = + - @ would be run as a formula by spreadsheet programs.
        if (clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@')
        {
            clean = "'" + clean;
        }
        return clean.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + clean.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : clean;
    }
}
