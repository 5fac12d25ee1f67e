using System.Text.RegularExpressions;

namespace Workflow.Reports.Reading;

/// <summary>What a report's title says about its agency, read as the readers read it.</summary>
public static partial class ReportTitle
{
    /// <summary>
    /// The agency a title names: what precedes the year ("怀仁市行政审批服务管理局2023年…"), or what follows it up to
    /// "政府信息公开" ("2023年怀仁市行政审批服务管理局政府信息公开…"); whitespace removed, full-width folded. Null when the
    /// title has no year or names no agency.
    /// </summary>
    public static string? AgencyName(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var compact = FrontMatter.Compact(title);
        var year = TitleYear().Match(compact);
        if (!year.Success)
        {
            return null;
        }

        var agency = year.Index > 0 ? compact[..year.Index] : AgencyAfterYear(compact, year);
        return string.IsNullOrEmpty(agency) ? null : agency;
    }

    /// <summary>"2019年上海市人民政府办公厅政府信息公开工作年度报告": the agency follows the year.</summary>
    internal static string? AgencyAfterYear(string title, Match year)
    {
        var after = title[(year.Index + year.Length)..];
        var end = after.IndexOf("政府信息公开", StringComparison.Ordinal);
        return end > 0 ? after[..end] : null;
    }

    [GeneratedRegex(@"([0-9]{4})年度?")]
    private static partial Regex TitleYear();
}
