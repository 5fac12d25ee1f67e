using System.Globalization;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// This year's report against the same agency's report for the year before (only when that is what was supplied).
/// <list type="bullet">
/// <item>Y-CARRY error: 上年结转 must equal last year's 结转下年度继续办理, per column; they are the same applications, so one
/// of the two reports is wrong.</item>
/// <item>T2-STOCK warning: 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止; agencies count amendments as 制发, so a person
/// judges.</item>
/// <item>Y-DUP warning: sections 一 or 五 share more than half of their character bigrams (Jaccard) with last year's;
/// evaluators penalise copied reports.</item>
/// <item>Y-SPIKE info: a key count grew more than 5× or fell below a fifth; may be real, worth a look.</item>
/// </list>
/// </summary>
internal static class CrossYearRules
{
    private const double DuplicateThreshold = 0.5;
    private const int SpikeFactor = 5;

    public static IEnumerable<Finding> Check(AnnualReport report, AnnualReport previous)
    {
        if (previous.Year != report.Year - 1)
        {
            return [];
        }
        return [.. Carry(report, previous), .. Stock(report, previous), .. Duplicates(report, previous), .. Spikes(report, previous)];
    }

    private static IEnumerable<Finding> Carry(AnnualReport report, AnnualReport previous)
    {
        for (var c = 0; c < ReportTemplate.RequestColumns.Count; c++)
        {
            var carriedIn = report.Sections.Requests.Cell("R2", c);
            var carriedOut = previous.Sections.Requests.Cell("R4", c);
            if (carriedIn is { } now && carriedOut is { } then && now != then)
            {
                var column = ReportTemplate.RequestColumns[c];
                yield return new Finding("Y-CARRY", Severity.Error,
                    $"第三部分“{column}”列：上年结转 {now}，但{previous.Year}年度报告“结转下年度继续办理”为 {then}。", $"三/R2/{column}");
            }
        }
    }

    private static IEnumerable<Finding> Stock(AnnualReport report, AnnualReport previous)
    {
        foreach (var row in ReportTemplate.Proactive2021[0].Rows)
        {
            var made = report.Sections.Proactive.Find("一", row, "本年制发件数")?.Value;
            var repealed = report.Sections.Proactive.Find("一", row, "本年废止件数")?.Value;
            var stock = report.Sections.Proactive.Find("一", row, "现行有效件数")?.Value;
            var before = previous.Sections.Proactive.Find("一", row, "现行有效件数")?.Value;
            if (made is { } m && repealed is { } r && stock is { } s && before is { } b && s != b + m - r)
            {
                yield return new Finding("T2-STOCK", Severity.Warning,
                    $"第二部分“{row}”现行有效 {Shown(s)} 件，但{previous.Year}年现行有效 {Shown(b)} + 本年制发 {Shown(m)} − 本年废止 {Shown(r)} = {Shown(b + m - r)} 件（如“制发”含修订，请在文字中说明）。",
                    $"二/一/{row}/现行有效件数");
            }
        }
    }

    private static IEnumerable<Finding> Duplicates(AnnualReport report, AnnualReport previous)
    {
        foreach (var (numeral, now, then) in new[] { ("一", report.Sections.Overview, previous.Sections.Overview), ("五", report.Sections.Problems, previous.Sections.Problems) })
        {
            if (TextSimilarity.Of(now, then) is { } similarity && similarity > DuplicateThreshold)
            {
                var percent = Math.Round(similarity * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
                yield return new Finding("Y-DUP", Severity.Warning,
                    $"第{numeral}部分与{previous.Year}年度报告的文字相似度为 {percent}%（按相邻两字组合计算），超过50%，可能沿用了上年内容。", numeral);
            }
        }
    }

    private static IEnumerable<Finding> Spikes(AnnualReport report, AnnualReport previous)
    {
        foreach (var (name, location, measure) in KeyCounts)
        {
            if (measure(report) is not { } now || measure(previous) is not { } then || then <= 0 || Math.Max(now, then) < 10)
            {
                continue;
            }
            if (now > then * SpikeFactor || now * SpikeFactor < then)
            {
                yield return new Finding("Y-SPIKE", Severity.Info,
                    $"{name}由{previous.Year}年的 {Shown(then)} 变为 {Shown(now)}（{(now / then).ToString("0.##", CultureInfo.InvariantCulture)} 倍），变化超过5倍，请核实。", location);
            }
        }
    }

    private static readonly (string Name, string Location, Func<AnnualReport, decimal?> Measure)[] KeyCounts =
    [
        ("本年新收政府信息公开申请", "三/R1/总计", r => r.Sections.Requests.Cell("R1", ReportTemplate.TotalColumn)),
        ("办理结果总计", "三/S7/总计", r => r.Sections.Requests.Cell("S7", ReportTemplate.TotalColumn)),
        ("行政复议总计", "四/行政复议/总计", r => Appeal(r, 4)),
        ("行政诉讼总计", "四/行政诉讼/总计", r => Appeal(r, 9) + Appeal(r, 14)),
        ("行政许可处理决定数量", "二/五/行政许可", r => Decisions(r, "五", "行政许可")),
        ("行政处罚处理决定数量", "二/六/行政处罚", r => Decisions(r, "六", "行政处罚")),
        ("行政强制处理决定数量", "二/六/行政强制", r => Decisions(r, "六", "行政强制")),
    ];

    private static decimal? Appeal(AnnualReport report, int index) =>
        index < report.Sections.Appeals.Values.Count ? report.Sections.Appeals.Values[index] : null;

    /// <summary>本年处理决定数量 (2021) or 处理决定数量 (2019).</summary>
    private static decimal? Decisions(AnnualReport report, string clause, string row) =>
        report.Sections.Proactive.Cells.FirstOrDefault(c => c.Clause == clause && c.Row == row && c.Column.EndsWith("处理决定数量", StringComparison.Ordinal))?.Value;

    private static string Shown(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
