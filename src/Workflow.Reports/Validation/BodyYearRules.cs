using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Years the prose names.
/// <list type="bullet">
/// <item>Y-BODY warning: a sentence speaks of an earlier year as the time of this report's work ("2022年，我局…",
/// "截至2022年底", "我局2022年度…" in a 2023 report), which is what text copied from an earlier report looks like. Earlier
/// years are named legitimately all the time, so only those uses count: a year in a comparison ("较2022年增长"), a
/// range or a start ("2021—2025年", "2019年以来"), a date of a law or document ("2019年修订的条例", "2019年4月3日修订"),
/// a title in 《》 and a document number (〔2019〕60号, no 年) are never flagged, nor is anything said of another year
/// (last year's 决算, last year's report published this year). The report year and the next (the deadline, the
/// signature date) are the report's own; later years are plans.</item>
/// </list>
/// </summary>
internal static partial class BodyYearRules
{
    public static IEnumerable<Finding> Check(AnnualReport report, ReportProse prose)
    {
        var s = report.Sections;
        var texts = new[] { ("前言", s.Preamble), ("一", s.Overview), ("二", s.Proactive.Text), ("三", s.Requests.Text), ("四", s.Appeals.Text), ("五", s.Problems), ("六", s.Other) };
        foreach (var (section, text) in texts)
        {
            var sentences = prose.Sentences(text);
            for (var n = 0; n < sentences.Count; n++)
            {
                if (StaleYear(sentences[n], report.Year, section == "前言") is { } year)
                {
                    var where = section == "前言" ? "前言" : $"第{section}部分";
                    yield return new Finding("Y-BODY", Severity.Warning,
                        $"{where}第{n + 1}句以{year}年为本年度工作的时间：“{Excerpt(sentences[n])}”。本报告为{report.Year}年度，可能沿用了往年报告的文字，请核对年份。",
                        $"{section}/第{n + 1}句");
                }
            }
        }
    }

    /// <summary>The first earlier year the sentence uses as the time of the report's own work, or null.</summary>
    private static int? StaleYear(string sentence, int reportYear, bool preamble)
    {
        // Most sentences name no year at all.
        if (!sentence.Contains('年'))
        {
            return null;
        }
        for (var m = YearPattern().Match(sentence); m.Success; m = m.NextMatch())
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year >= reportYear)
            {
                continue;
            }
            var before = sentence[..m.Index];
            var after = sentence[(m.Index + m.Length)..];
            if (preamble && CompiledBefore().IsMatch(before) && after.Contains("报告", StringComparison.Ordinal) && !Quoted(before))
            {
                // "编制2022年政府信息公开工作年度报告" in the preamble of a 2023 report: this report under last year's name.
                return year;
            }
            if (!Legitimate(before, after) && Stale(sentence, before, after))
            {
                return year;
            }
        }
        return null;
    }

    private static bool Quoted(string before) => before.LastIndexOf('《') > before.LastIndexOf('》');

    private static bool Legitimate(string before, string after) =>
        Quoted(before)
        || DocumentOfTheYear().IsMatch(after)
        || RangeBefore().IsMatch(before)
        || RangeOrStartAfter().IsMatch(after)
        || ComparisonBefore().IsMatch(before)
        || ComparisonAfter().IsMatch(after)
        || EnactedAfter().IsMatch(after);

    private static bool Stale(string sentence, string before, string after) =>
        (SentenceStart().IsMatch(before) && OwnTimeAfter().IsMatch(after))
        || OwnAgencyAtStart().IsMatch(before)
        || OwnAgencyAfter().IsMatch(after)
        || (AsOfBefore().IsMatch(before) && YearEndAfter().IsMatch(after) && !sentence.Contains("统计", StringComparison.Ordinal));

    private static string Excerpt(string sentence) => sentence.Length > 60 ? sentence[..60] + "…" : sentence;

    // [0-9] rather than \d: \d also matches the digits of other scripts, which int.Parse rejects.
    [GeneratedRegex("(?<![0-9])(?<y>(?:19|20)[0-9]{2})年")]
    private static partial Regex YearPattern();

    /// <summary>The second year of a range: "2021—2025年", "2021年至2025年".</summary>
    [GeneratedRegex("[0-9]{4}年?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:-|—|–|~|～|至|到)$")]
    private static partial Regex RangeBefore();

    /// <summary>The first year of a range, or a start: "2021年—", "2019年以来", "2019年5月15日起".</summary>
    [GeneratedRegex("^度?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:(?:-|—|–|~|～|至|到)[0-9]{4}|以来|起|开始|至今|以后)")]
    private static partial Regex RangeOrStartAfter();

    [GeneratedRegex("(?:较|比|与|同|对照|相较|对比)(?:去|上)?$")]
    private static partial Regex ComparisonBefore();

    [GeneratedRegex("^度?[^,;。]{0,6}?(?:相比|同期|相较|比较|增长|下降|减少|增加|持平|上升|降低)")]
    private static partial Regex ComparisonAfter();

    /// <summary>The date of a law or document: "2019年修订的条例", "2019年4月3日修订", "2021年9月印发的格式".</summary>
    [GeneratedRegex("^(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:新|第[一二三四五六七八九十0-9]+次)?(?:修订|修正|修改|颁布|公布|施行|实施|印发|发布|出台|制定|通过|签署)")]
    private static partial Regex EnactedAfter();

    /// <summary>Nothing before the year but a heading's numbering and words ("（一）主动公开情况"), or "在".</summary>
    [GeneratedRegex(@"^(?:(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十0-9]+\)|[0-9]+[、.])[^0-9,;。]{0,16})?在?$")]
    private static partial Regex SentenceStart();

    [GeneratedRegex("^度?(?:,|全年|上半年|下半年|[一二三四]季度|我|本(?:机关|局|市|区|县|单位|部门|委|办|厅|中心|镇|乡|街道))")]
    private static partial Regex OwnTimeAfter();

    /// <summary>The sentence opens with the agency and the year: "我局2022年度政府信息公开工作…".</summary>
    [GeneratedRegex(@"^(?:(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十0-9]+\)|[0-9]+[、.]))?(?:我|本)(?:机关|局|市|区|县|单位|部门|委|办|厅|中心|镇|乡|街道|院|署)在?$")]
    private static partial Regex OwnAgencyAtStart();

    /// <summary>The year names a document of that year: last year's report, 决算 or 预算, published this year.</summary>
    [GeneratedRegex("^度?[^,;。]{0,24}?(?:报告|年报|决算|预算|要点|计划|方案|通知|意见|办法)")]
    private static partial Regex DocumentOfTheYear();

    [GeneratedRegex("^度?,?(?:我|本)(?:机关|局|市|区|县|单位|部门|委|办|厅|中心|镇|乡|街道|院|署)")]
    private static partial Regex OwnAgencyAfter();

    [GeneratedRegex("(?:截至|截止|截止到|截至到)$")]
    private static partial Regex AsOfBefore();

    [GeneratedRegex("^(?:底|末|年底|年末|12月)")]
    private static partial Regex YearEndAfter();

    [GeneratedRegex("编制(?:了)?[^,;。]{0,20}$")]
    private static partial Regex CompiledBefore();
}
