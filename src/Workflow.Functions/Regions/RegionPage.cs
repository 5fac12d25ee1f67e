using System.Globalization;
using System.Text;
using Workflow.Functions.Publishing;
using Workflow.Functions.Season;
using Workflow.Reports.Model;
using Workflow.Reports.Region;

namespace Workflow.Functions.Regions;

/// <summary>
/// The region view as a Chinese HTML page for the 政务公开办: the members by state (season tools), the sums of the
/// approved reports beside the government's own figures, and the H-SUM findings. No scripts; it prints.
/// </summary>
public static class RegionPage
{
    /// <summary>The rows of both templates in print order: members may report in either.</summary>
    private static readonly IReadOnlyList<RequestRow> BothEditions =
    [
        .. ReportTemplate.RequestRows2021.Where(r => r.Key is not ("S7" or "R4")),
        .. ReportTemplate.RequestRows2019.Where(r => r.Key == "O"),
        .. ReportTemplate.RequestRows2021.Where(r => r.Key is "S7" or "R4"),
    ];

    public static string Render(RegionView view, string remindUrl)
    {
        var html = new StringBuilder(16 * 1024 + view.Members.Count * 400);
        var title = $"{Encode(view.Government.Name)}{view.Year}年度政府信息公开工作年度报告区域汇总";
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(title).Append("</title>\n")
            .Append("<style>\nbody { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif; margin: 2rem; }\n")
            .Append("table { border-collapse: collapse; margin-bottom: 1.5rem; } th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; }\n")
            .Append("td.n { text-align: right; font-variant-numeric: tabular-nums; } th { background: #f0efe9; }\n")
            .Append(".late, .differs { color: #b3261e; font-weight: bold; } .own { background: #f7f5ee; }\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(title).Append("</h1>\n<p>截至").Append(ChinaDates.FormatDate(view.Today)).Append("（北京时间），所属单位 ")
            .Append(view.Members.Count).Append(" 个：").Append(string.Join("，", view.Counts.Select(c => $"{c.Key} {c.Value}")))
            .Append("；逾期 ").Append(view.LateCount).Append(" 个。")
            .Append(view.Government.CoversRegion ? "本级报告覆盖本行政区域，与所属单位已批准报告逐项比对（H-SUM）。" : "").Append("</p>\n");

        Members(html, view);
        html.Append("<p>提醒全部未提交单位：<code>POST ").Append(Encode(remindUrl)).Append("</code>（请求头 X-Admin-Key；同一天重复提醒不会重复发送）。</p>\n");
        Findings(html, view);
        PeerNotes(html, view);
        Sums(html, view);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Members(StringBuilder html, RegionView view)
    {
        foreach (var state in SeasonBoard.States)
        {
            var group = view.Members.Where(m => m.Status == state).ToList();
            html.Append("<h2 id=\"").Append(state.ToString().ToLowerInvariant()).Append("\">").Append(SeasonBoard.Chinese(state)).Append("（").Append(group.Count).Append("）</h2>\n");
            if (group.Count == 0)
            {
                html.Append("<p>无。</p>\n");
                continue;
            }
            html.Append("<table>\n<thead><tr><th scope=\"col\">单位</th><th scope=\"col\">法定期限</th><th scope=\"col\">稿次</th><th scope=\"col\">情况</th></tr></thead>\n<tbody>\n");
            foreach (var m in group)
            {
                html.Append("<tr><td>").Append(Encode(m.Name)).Append("<br><small>").Append(Encode(m.AgencyId)).Append("</small></td><td>")
                    .Append(ChinaDates.FormatDate(m.Deadline)).Append("</td><td>").Append(m.Revision is { } r ? $"第{r}稿" : "").Append("</td><td")
                    .Append(m.Late ? " class=\"late\">" : ">").Append(Situation(m)).Append("</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }

        var late = view.Members.Where(m => m.Late).OrderByDescending(m => m.DaysLate).ToList();
        html.Append("<h2 id=\"late\">逾期（").Append(late.Count).Append("）</h2>\n");
        html.Append(late.Count == 0 ? "<p>无。</p>\n" : "<ul>\n" + string.Concat(late.Select(m =>
            $"<li>{Encode(m.Name)}：{m.State}，{(m.Status == SeasonState.Published ? "逾期发布" : "已逾期")} {m.DaysLate} 天（法定期限{ChinaDates.FormatDate(m.Deadline)}）</li>\n")) + "</ul>\n");
    }

    private static string Situation(RegionMemberStatus m)
    {
        var parts = new List<string>();
        if (m.Stage is { } stage)
        {
            parts.Add($"第{stage}级审核，审核人 {Encode(string.Join("、", m.Reviewers))}，已 {m.DaysInState} 天");
        }
        else if (m.Status == SeasonState.ChangesRequested && m.DaysInState is { } days)
        {
            parts.Add($"退回已 {days} 天");
        }
        if (m.PublishedAt is { } published)
        {
            parts.Add($"{ChinaDates.FormatDate(published)}发布" + (m.PageUrl is { } url ? $"（<a href=\"{Encode(url)}\">查看</a>）" : ""));
        }
        if (m.Late)
        {
            parts.Add(m.Status == SeasonState.Published ? $"逾期 {m.DaysLate} 天" : $"已逾期 {m.DaysLate} 天");
        }
        return string.Join("；", parts);
    }

    private static void Findings(StringBuilder html, RegionView view)
    {
        if (!view.Government.CoversRegion)
        {
            return;
        }
        html.Append("<h2 id=\"h-sum\">本级报告与所属单位合计的差异（H-SUM，").Append(view.Findings.Count(f => f.RuleId == RegionRules.RuleId && f.Severity != Workflow.Reports.Validation.Severity.Info)).Append("）</h2>\n");
        if (view.Own is null)
        {
            html.Append("<p>本级报告尚未提交。</p>\n");
            return;
        }
        html.Append(view.Findings.Count == 0 ? "<p>无差异。</p>\n" : "<ul>\n" + string.Concat(view.Findings.Select(f =>
            $"<li><code>{Encode(f.Location)}</code> {Encode(f.Message)}</li>\n")) + "</ul>\n");
    }

    private static void PeerNotes(StringBuilder html, RegionView view)
    {
        html.Append("<h2 id=\"p-peer\">与同类单位相比差异较大的数据（P-PEER，仅供参考，").Append(view.PeerNotes.Count).Append("）</h2>\n");
        html.Append(view.PeerNotes.Count == 0 ? "<p>无。</p>\n" : "<ul>\n" + string.Concat(view.PeerNotes.Select(n =>
            $"<li>{Encode(n.Name)} <code>{Encode(n.Finding.Location)}</code> {Encode(n.Finding.Message)}</li>\n")) + "</ul>\n");
    }

    private static void Sums(StringBuilder html, RegionView view)
    {
        var own = view.Own;
        html.Append("<h2 id=\"sums\">所属单位已批准报告合计（").Append(view.Sums.Members.Count).Append(" 份）</h2>\n");
        if (own is not null)
        {
            html.Append("<p>“本级”为本级报告（").Append(Encode(own.Source)).Append("，第").Append(own.Revision).Append("稿）的数字。</p>\n");
        }

        html.Append("<h3>收到和处理政府信息公开申请情况（第三部分）</h3>\n<table>\n<thead><tr><th scope=\"col\">项目</th>");
        foreach (var column in ReportTemplate.RequestColumns)
        {
            html.Append("<th scope=\"col\">").Append(column).Append("</th>");
        }
        html.Append("<th scope=\"col\">本级总计</th></tr></thead>\n<tbody>\n");
        foreach (var row in BothEditions)
        {
            if (!view.Sums.Requests.Rows.TryGetValue(row.Key, out var cells))
            {
                continue;
            }
            html.Append("<tr><th scope=\"row\">").Append(Encode(row.Group is null ? row.Label : row.Group + row.Label)).Append("</th>");
            foreach (var cell in cells)
            {
                html.Append("<td class=\"n\">").Append(Number(cell)).Append("</td>");
            }
            var ownTotal = own is not null && own.Requests.Rows.TryGetValue(row.Key, out var o) ? o[ReportTemplate.TotalColumn] : null;
            var differs = own is not null && (ownTotal ?? 0) != (cells[ReportTemplate.TotalColumn] ?? 0);
            html.Append("<td class=\"n own").Append(differs ? " differs" : "").Append("\">").Append(own is null ? "" : Number(ownTotal)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append("<h3>行政复议、行政诉讼情况（第四部分）</h3>\n<table>\n<thead><tr><th scope=\"col\">项目</th><th scope=\"col\">合计</th><th scope=\"col\">本级</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < view.Sums.Appeals.Values.Count; i++)
        {
            var sum = view.Sums.Appeals.Values[i];
            var mine = own is not null && i < own.Appeals.Values.Count ? own.Appeals.Values[i] : null;
            var differs = own is not null && (mine ?? 0) != (sum ?? 0);
            html.Append("<tr><th scope=\"row\">").Append(ReportTemplate.AppealColumn(i)).Append("</th><td class=\"n\">").Append(Number(sum))
                .Append("</td><td class=\"n own").Append(differs ? " differs" : "").Append("\">").Append(own is null ? "" : Number(mine)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append("<h3>主动公开政府信息情况（第二部分，可累加的项目）</h3>\n<table>\n<thead><tr><th scope=\"col\">项目</th><th scope=\"col\">合计</th><th scope=\"col\">本级</th></tr></thead>\n<tbody>\n");
        foreach (var cell in view.Sums.Proactive.Cells)
        {
            var mine = own?.Proactive.Cells.FirstOrDefault(c => c.Clause == cell.Clause && c.Row == cell.Row && c.Column == cell.Column)?.Value;
            var differs = own is not null && (mine ?? 0) != cell.Value;
            html.Append("<tr><th scope=\"row\">第二十条第（").Append(Encode(cell.Clause)).Append("）项 ").Append(Encode(cell.Row)).Append(" ").Append(Encode(cell.Column))
                .Append("</th><td class=\"n\">").Append(Decimal(cell.Value)).Append("</td><td class=\"n own").Append(differs ? " differs" : "").Append("\">")
                .Append(mine is { } m ? Decimal(m) : "").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Decimal(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Encode(string text) => PublicPageText.Encode(text);
}
