using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Structure and front matter.
/// <list type="bullet">
/// <item>F-SECT error: one of the six parts is empty (条例第五十条 requires each).</item>
/// <item>F-TABLES error: section 二 has no table (tables of 三 and 四 are checked by T3-FULL and T4-INT).</item>
/// <item>F-VERSION warning: a report on 2021 or later still uses 2019 trial tables; the figures are usable but the
/// template is outdated, a reviewer decides whether to ask for a redo.</item>
/// <item>F-PERIOD warning: the 统计期限 statement is missing or does not cover 1 January – 31 December of the report year.</item>
/// <item>F-TITLE warning: the title is not "&lt;机关全称&gt;&lt;YYYY&gt;年政府信息公开工作年度报告" (the year-first order
/// "&lt;YYYY&gt;年&lt;机关全称&gt;…" is also accepted: it is common and unambiguous).</item>
/// <item>F-S5 warning: section 五 is "无" or too short to name a problem and a measure.</item>
/// </list>
/// </summary>
internal static partial class StructureRules
{
    private const string TitleSuffix = "政府信息公开工作年度报告";

    /// <summary>Labels of table 二 that show the 2019 trial template; every label of every cell is looked up.</summary>
    private static readonly HashSet<string> VersionMarkers = [.. ReportTemplate.Markers2019, "规范性文件"];

    public static IEnumerable<Finding> Check(AnnualReport report, ReportProse prose) =>
        [.. Sections(report), .. Version(report), .. Period(report, prose), .. Title(report), .. ProblemsSection(report)];

    private static IEnumerable<Finding> Sections(AnnualReport report)
    {
        var s = report.Sections;
        var present = new[]
        {
            !string.IsNullOrWhiteSpace(s.Overview),
            !string.IsNullOrWhiteSpace(s.Proactive.Text) || s.Proactive.Cells.Count > 0,
            !string.IsNullOrWhiteSpace(s.Requests.Text) || s.Requests.Rows.Count > 0,
            !string.IsNullOrWhiteSpace(s.Appeals.Text) || s.Appeals.Values.Count > 0,
            !string.IsNullOrWhiteSpace(s.Problems),
            !string.IsNullOrWhiteSpace(s.Other),
        };
        for (var i = 0; i < present.Length; i++)
        {
            if (!present[i])
            {
                var numeral = ReportTemplate.SectionNumerals[i];
                yield return new Finding("F-SECT", Severity.Error,
                    $"缺少第{numeral}部分“{ReportTemplate.SectionHeadings[i]}”或其内容为空（条例第五十条规定的内容不能遗漏；没有事项也应写明“无”）。", numeral);
            }
        }
        if (s.Proactive.Cells.Count == 0)
        {
            yield return new Finding("F-TABLES", Severity.Error,
                "第二部分缺少“主动公开政府信息情况”表格（第二十条第（一）（五）（六）（八）项），数据全为0也须填报。", "二");
        }
    }

    private static IEnumerable<Finding> Version(AnnualReport report)
    {
        if (report.Year < 2021)
        {
            yield break;
        }
        var markers = new List<string>();
        string? clause = null;
        var caption = "";
        foreach (var cell in report.Sections.Proactive.Cells)
        {
            if (cell.Clause != clause)
            {
                // Cells come table by table: one caption per table, not per cell.
                (clause, caption) = (cell.Clause, $"第二十条第（{cell.Clause}）项");
            }
            foreach (var label in (ReadOnlySpan<string>)[cell.Column, cell.Row, caption])
            {
                if (VersionMarkers.Contains(label) && !markers.Contains(label))
                {
                    markers.Add(label);
                }
            }
        }
        var singleOtherRow = report.Sections.Requests.Rows.ContainsKey("O");
        if (markers.Count > 0 || (!singleOtherRow && report.Edition != Edition.Format2021))
        {
            var shown = markers.Count > 0 ? $"（如“{string.Join("”“", markers.Take(4))}”）" : "";
            yield return new Finding("F-VERSION", Severity.Warning,
                $"{report.Year}年度报告应使用2021年版格式（国办公开办函〔2021〕30号），但第二部分仍是2019年试行版表格{shown}。", "二");
        }
        if (singleOtherRow)
        {
            yield return new Finding("F-VERSION", Severity.Warning,
                $"{report.Year}年度报告应使用2021年版格式，但第三部分“（六）其他处理”仍是2019年试行版的单行，未分列“逾期不补正”“逾期未缴费”“其他”三项。", "三");
        }
    }

    private static IEnumerable<Finding> Period(AnnualReport report, ReportProse prose)
    {
        var year = report.Year;
        var expected = $"{year}年1月1日至{year}年12月31日";
        var sentences = new[] { report.Sections.Preamble, report.Sections.Overview }
            .SelectMany(prose.Sentences)
            .ToList();
        // Both patterns need 统计; most sentences do not have it.
        var statement = sentences.FirstOrDefault(s => s.Contains("统计", StringComparison.Ordinal) && PeriodKeyword().IsMatch(s))
            ?? sentences.FirstOrDefault(s => s.Contains("统计", StringComparison.Ordinal) && FullDate().IsMatch(s));
        if (statement is null)
        {
            yield return new Finding("F-PERIOD", Severity.Warning,
                $"未找到统计期限说明；应写明“本报告所列数据统计期限为{expected}”。", "前言");
            yield break;
        }
        var start = FullDate().Match(statement);
        var end = start.Success ? DayOfYear().Match(statement, start.Index + start.Length) : Match.Empty;
        var quoted = statement.Length > 60 ? statement[..60] + "…" : statement;
        if (!start.Success || !end.Success)
        {
            yield return new Finding("F-PERIOD", Severity.Warning, $"统计期限的日期无法识别：“{quoted}”；应为{expected}。", "前言");
            yield break;
        }
        var from = (Year: int.Parse(start.Groups["y"].Value), Month: int.Parse(start.Groups["m"].Value), Day: int.Parse(start.Groups["d"].Value));
        var to = (Year: end.Groups["y"].Success ? int.Parse(end.Groups["y"].Value) : from.Year, Month: int.Parse(end.Groups["m"].Value), Day: int.Parse(end.Groups["d"].Value));
        if (from != (year, 1, 1) || to != (year, 12, 31))
        {
            yield return new Finding("F-PERIOD", Severity.Warning,
                $"统计期限写为{from.Year}年{from.Month}月{from.Day}日至{to.Year}年{to.Month}月{to.Day}日，应为{expected}。", "前言");
        }
    }

    private static IEnumerable<Finding> Title(AnnualReport report)
    {
        var name = TextFigures.Normalise(report.Agency.Name);
        var title = TextFigures.Normalise(report.Title);
        var expected = $"{name}{report.Year}年{TitleSuffix}";
        if (title.Length == 0)
        {
            yield return new Finding("F-TITLE", Severity.Warning, $"缺少标题；应为“{expected}”。", "标题");
        }
        else if (title != expected && title != $"{report.Year}年{name}{TitleSuffix}")
        {
            var year = TitleYear().Match(title);
            var detail = year.Success && year.Groups["y"].Value != report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ? $"标题中的年份 {year.Groups["y"].Value} 与报告年度 {report.Year} 不符；"
                : !title.Contains(name, StringComparison.Ordinal) ? "标题未写明机关全称；"
                : !title.EndsWith(TitleSuffix, StringComparison.Ordinal) ? $"标题应以“{TitleSuffix}”结尾；"
                : "";
            yield return new Finding("F-TITLE", Severity.Warning, $"标题“{report.Title.Trim()}”不合模板格式：{detail}应为“{expected}”。", "标题");
        }
    }

    private static IEnumerable<Finding> ProblemsSection(AnnualReport report)
    {
        var text = TextFigures.Normalise(report.Sections.Problems).Trim('。', '.');
        if (text.Length > 0 && (text.Length <= 10 || text is "无" or "暂无" or "没有"))
        {
            yield return new Finding("F-S5", Severity.Warning,
                $"第五部分“存在的主要问题及改进情况”只写了“{report.Sections.Problems.Trim()}”：应具体说明存在的问题和改进措施（及上年问题的整改情况）。", "五");
        }
    }

    [GeneratedRegex("统计(期限|时限|时间|区间|周期|时段)")]
    private static partial Regex PeriodKeyword();

    // [0-9] rather than \d: \d also matches the digits of other scripts (٣, ३), which int.Parse rejects.
    [GeneratedRegex(@"(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日")]
    private static partial Regex DayOfYear();

    [GeneratedRegex(@"(?<y>[0-9]{4})年")]
    private static partial Regex TitleYear();
}
