using System.Globalization;
using System.Text;
using Workflow.Functions.Season;
using Workflow.Reports.Model;
using Workflow.Reports.Statistics;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Publishing;

/// <summary>
/// <c>{year}/statistics.html</c>: the year's totals beside last year's with the change, the distributions across
/// agencies as SVG charts, the highest and lowest ratios, every registered agency that has not published (deadline,
/// days late as of <c>today</c>) and one row per report, anchored <c>#a-{agencyId}</c> for the report pages' links.
/// </summary>
public static class StatisticsPage
{
    private const int Ranked = 5;

    public static string Render(int year, IReadOnlyList<PublicationEntry> allYears, IReadOnlyList<SeasonAgency> registered, DateOnly today)
    {
        var reports = Of(year, allYears);
        var lastYear = Of(year - 1, allYears);
        var total = ReportStatistics.Sum(reports.Select(e => e.Statistics!));
        var previous = lastYear.Count == 0 ? null : ReportStatistics.Sum(lastYear.Select(e => e.Statistics!));
        var html = new StringBuilder(32 * 1024 + reports.Count * 600);
        var title = $"{year}年度政府信息公开工作年度报告统计";
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(title).Append("</title>\n")
            .Append("<link rel=\"alternate\" type=\"text/csv\" href=\"statistics.csv\">\n")
            .Append("<style>\n").Append(PublicPageText.Css).Append('\n').Append(Css).Append("\n</style>\n</head>\n<body>\n<main class=\"site-index statistics\">\n")
            .Append("<h1>").Append(title).Append("</h1>\n<p>已发布 ").Append(reports.Count).Append(" 份报告，登记单位 ").Append(registered.Count)
            .Append(" 个；统计截至").Append(ChinaDates.FormatDate(today)).Append("（北京时间）。数据：<a href=\"statistics.csv\">statistics.csv</a>；")
            .Append("<a href=\"index.html\">报告目录</a>。比率：公开率 =（予以公开 + 部分公开）÷ 办结总计；无法提供占比 = 无法提供 ÷ 办结总计；")
            .Append("复议纠错率 = 行政复议纠正 ÷ 已审结；结转率 = 结转下年度 ÷（本年新收 + 上年结转）。</p>\n");

        Totals(html, year, total, previous, reports.Count, lastYear.Count);
        Distributions(html, reports);
        Rankings(html, reports);
        Unpublished(html, year, reports, registered, today);
        Rows(html, reports);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private const string Css = """
        .statistics td.n, .statistics th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .statistics .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
        .statistics figure.chart { margin: 0; break-inside: avoid; page-break-inside: avoid; }
        .statistics figure.chart svg { max-width: 100%; height: auto; font-family: "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
        .statistics figcaption { font-size: 0.85rem; color: #333; }
        .statistics .up { color: #1b5e20; } .statistics .down { color: #b3261e; }
        @media print { .statistics .charts { display: block; } }
        """;

    private static List<PublicationEntry> Of(int year, IEnumerable<PublicationEntry> entries) =>
        [.. entries.Where(e => e.Year == year && e.Statistics is not null).OrderBy(e => e.AgencyId, StringComparer.Ordinal)];

    private static void Totals(StringBuilder html, int year, ReportStatistics total, ReportStatistics? previous, int count, int previousCount)
    {
        html.Append("<h2 id=\"totals\">总计</h2>\n<table>\n<thead><tr><th scope=\"col\">项目</th><th scope=\"col\" class=\"n\">").Append(year)
            .Append("年</th><th scope=\"col\" class=\"n\">").Append(year - 1).Append("年</th><th scope=\"col\" class=\"n\">变化</th></tr></thead>\n<tbody>\n");
        Row(html, "已发布报告（份）", count, previous is null ? null : previousCount);
        foreach (var (name, value) in StatisticsColumns.Counts)
        {
            Row(html, name, value(total), previous is null ? null : value(previous));
        }
        foreach (var (name, value) in StatisticsColumns.Ratios)
        {
            var now = value(total);
            var before = previous is null ? null : value(previous);
            html.Append("<tr><th scope=\"row\">").Append(name).Append("</th><td class=\"n\">").Append(StatisticsColumns.Percent(now))
                .Append("</td><td class=\"n\">").Append(previous is null ? "—" : StatisticsColumns.Percent(before)).Append("</td><td class=\"n\">")
                .Append(now is { } n && before is { } b ? Signed((n - b) * 100, "0.0") + " 个百分点" : "—").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder html, string name, long? now, long? before)
    {
        html.Append("<tr><th scope=\"row\">").Append(name).Append("</th><td class=\"n\">").Append(StatisticsColumns.Count(now))
            .Append("</td><td class=\"n\">").Append(before is null ? "—" : StatisticsColumns.Count(before)).Append("</td><td class=\"n\">");
        if (now is { } n && before is { } b)
        {
            html.Append("<span class=\"").Append(n >= b ? "up" : "down").Append("\">").Append(Signed(n - b, "0")).Append("</span>")
                .Append(b > 0 ? $"（{Signed((decimal)(n - b) * 100 / b, "0.0")}%）" : "");
        }
        else
        {
            html.Append('—');
        }
        html.Append("</td></tr>\n");
    }

    private static string Signed(decimal value, string format) =>
        (value > 0 ? "+" : "") + value.ToString(format, CultureInfo.InvariantCulture);

    private static void Distributions(StringBuilder html, List<PublicationEntry> reports)
    {
        html.Append("<h2 id=\"distributions\">各单位分布</h2>\n<div class=\"charts\">\n");
        StatisticsChart.Render(html, "chart-received", "本年新收申请数的分布（单位数）",
            StatisticsChart.CountBins(reports.Select(e => e.Statistics!.Received ?? 0)));
        foreach (var (index, (name, value)) in StatisticsColumns.Ratios.Index())
        {
            var values = reports.Select(e => value(e.Statistics!)).OfType<decimal>().ToList();
            StatisticsChart.Render(html, $"chart-ratio-{index}",
                $"{name}的分布（有该比率的 {values.Count} 个单位）", StatisticsChart.RatioBins(values));
        }
        html.Append("</div>\n");
    }

    private static void Rankings(StringBuilder html, List<PublicationEntry> reports)
    {
        html.Append("<h2 id=\"rankings\">比率最高与最低的单位</h2>\n");
        foreach (var (name, value) in StatisticsColumns.Ratios)
        {
            var ranked = reports.Where(e => value(e.Statistics!) is not null)
                .OrderByDescending(e => value(e.Statistics!)).ThenBy(e => e.AgencyId, StringComparer.Ordinal).ToList();
            html.Append("<h3>").Append(name).Append("</h3>\n");
            if (ranked.Count == 0)
            {
                html.Append("<p>无可计算的单位。</p>\n");
                continue;
            }
            var top = ranked.Take(Ranked).ToList();
            var bottom = ranked.AsEnumerable().Reverse().Take(Math.Min(Ranked, ranked.Count - top.Count)).ToList();
            html.Append("<table>\n<thead><tr><th scope=\"col\"></th><th scope=\"col\">单位</th><th scope=\"col\" class=\"n\">").Append(name).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var (e, label) in top.Select(e => (e, "最高")).Concat(bottom.Select(e => (e, "最低"))))
            {
                html.Append("<tr><td>").Append(label).Append("</td><td><a href=\"#a-").Append(PublicPageText.Encode(e.AgencyId)).Append("\">")
                    .Append(PublicPageText.Encode(e.AgencyName)).Append("</a></td><td class=\"n\">").Append(StatisticsColumns.Percent(value(e.Statistics!))).Append("</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
    }

    private static void Unpublished(StringBuilder html, int year, List<PublicationEntry> reports, IReadOnlyList<SeasonAgency> registered, DateOnly today)
    {
        var published = reports.Select(e => e.AgencyId).ToHashSet(StringComparer.Ordinal);
        var missing = registered.Where(a => !published.Contains(a.Id))
            .Select(a => (Agency: a, Deadline: new LegalDeadline(a.Kind, year).Date))
            .OrderByDescending(m => today.DayNumber - m.Deadline.DayNumber).ThenBy(m => m.Agency.Id, StringComparer.Ordinal).ToList();
        html.Append("<h2 id=\"unpublished\">尚未发布的登记单位（").Append(missing.Count).Append("）</h2>\n");
        if (missing.Count == 0)
        {
            html.Append("<p>登记单位均已发布。</p>\n");
            return;
        }
        html.Append("<table>\n<thead><tr><th scope=\"col\">单位</th><th scope=\"col\">类型</th><th scope=\"col\">法定期限</th><th scope=\"col\" class=\"n\">逾期天数</th></tr></thead>\n<tbody>\n");
        foreach (var (agency, deadline) in missing)
        {
            var late = today.DayNumber - deadline.DayNumber;
            html.Append("<tr id=\"u-").Append(PublicPageText.Encode(agency.Id)).Append("\"><td>").Append(PublicPageText.Encode(agency.Name)).Append("</td><td>")
                .Append(PublicPageText.KindName(agency.Kind)).Append("</td><td>").Append(ChinaDates.FormatDate(deadline)).Append("</td><td class=\"n")
                .Append(late > 0 ? " late\">" : "\">").Append(late > 0 ? $"{late} 天" : "未到期").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void Rows(StringBuilder html, List<PublicationEntry> reports)
    {
        html.Append("<h2 id=\"agencies\">各单位数据</h2>\n<table>\n<thead><tr><th scope=\"col\">单位</th><th scope=\"col\" class=\"n\">本年新收</th>")
            .Append("<th scope=\"col\" class=\"n\">办结</th><th scope=\"col\" class=\"n\">行政复议</th><th scope=\"col\" class=\"n\">行政诉讼</th>");
        foreach (var (name, _) in StatisticsColumns.Ratios)
        {
            html.Append("<th scope=\"col\" class=\"n\">").Append(name).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var e in reports)
        {
            var s = e.Statistics!;
            html.Append("<tr id=\"a-").Append(PublicPageText.Encode(e.AgencyId)).Append("\"><th scope=\"row\"><a href=\"").Append(PublicPageText.Encode(e.AgencyId))
                .Append("/index.html\">").Append(PublicPageText.Encode(e.AgencyName)).Append("</a></th><td class=\"n\">").Append(StatisticsColumns.Count(s.Received))
                .Append("</td><td class=\"n\">").Append(StatisticsColumns.Count(s.Completed)).Append("</td><td class=\"n\">").Append(StatisticsColumns.Count(s.Reconsiderations))
                .Append("</td><td class=\"n\">").Append(StatisticsColumns.Count(s.Lawsuits)).Append("</td>");
            foreach (var (_, value) in StatisticsColumns.Ratios)
            {
                html.Append("<td class=\"n\">").Append(StatisticsColumns.Percent(value(s))).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }
}
