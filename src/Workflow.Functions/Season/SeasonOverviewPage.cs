using System.Net;
using System.Text;
using Workflow.Functions.Publishing;
using Workflow.Reports.Model;

namespace Workflow.Functions.Season;

/// <summary>The season overview as a Chinese HTML page for supervisors.</summary>
public static class SeasonOverviewPage
{
    /// <param name="regionLinks">Governments with members: the signed link to their region page.</param>
    public static string Render(SeasonOverview overview, IReadOnlyDictionary<string, string> regionLinks)
    {
        var html = new StringBuilder(8 * 1024);
        var title = $"{overview.Year}年度政府信息公开工作年度报告进度";
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(title).Append("</title>\n")
            .Append("<style>\nbody { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif; margin: 2rem; }\n")
            .Append("table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 0.3rem 0.6rem; text-align: left; }\n")
            .Append("th { background: #f0efe9; } .late { color: #b3261e; font-weight: bold; }\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(title).Append("</h1>\n<p>截至").Append(ChinaDates.FormatDate(overview.Today)).Append("（北京时间），共 ")
            .Append(overview.Agencies.Count).Append(" 个登记单位：")
            .Append(string.Join("，", overview.Counts.Select(c => $"{c.Key} {c.Value}"))).Append("。</p>\n")
            .Append("<table>\n<thead><tr><th scope=\"col\">单位</th><th scope=\"col\">类型</th><th scope=\"col\">法定期限</th>")
            .Append("<th scope=\"col\">状态</th><th scope=\"col\">稿次</th><th scope=\"col\">发布日期</th><th scope=\"col\">公开页面</th><th scope=\"col\">区域</th></tr></thead>\n<tbody>\n");
        foreach (var a in overview.Agencies)
        {
            html.Append("<tr><td>").Append(Encode(a.Name)).Append("<br><small>").Append(Encode(a.AgencyId)).Append("</small></td><td>")
                .Append(a.Kind == AgencyKind.Government ? "人民政府" : "部门").Append("</td><td>")
                .Append(ChinaDates.FormatDate(a.Deadline)).Append("</td><td");
            var late = a.Overdue || a.OnTime == false;
            html.Append(late ? " class=\"late\">" : ">").Append(a.State);
            if (a.OnTime is { } onTime)
            {
                html.Append(onTime ? "（按时）" : "（逾期）");
            }
            else if (a.Overdue)
            {
                html.Append("（已逾期）");
            }
            html.Append("</td><td>").Append(a.Revision is { } r ? $"第{r}稿" : "").Append("</td><td>")
                .Append(a.PublishedAt is { } p ? ChinaDates.FormatDate(p) : "").Append("</td><td>")
                .Append(a.PageUrl is { } url ? $"<a href=\"{Encode(url)}\">查看</a>" : "").Append("</td><td>")
                .Append(regionLinks.TryGetValue(a.AgencyId, out var region) ? $"<a href=\"{Encode(region)}\">区域汇总</a>" : "").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
