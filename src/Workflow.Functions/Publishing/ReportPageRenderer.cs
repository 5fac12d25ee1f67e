using System.Text;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Publishing;

/// <summary>
/// The public page <c>{year}/{agencyId}/index.html</c>: a publication header (agency, year, publication and
/// approval dates, deadline, corrections, links to the open data and to earlier years) around the domain
/// renderer's article. Links are relative so the page does not depend on where the container is served from,
/// and nothing in it reads the clock: the same report and entry give the same bytes.
/// </summary>
public sealed class ReportPageRenderer(HtmlReportRenderer articles)
{
    public string Render(AnnualReport report, PublicationEntry entry, IReadOnlyList<int> earlierYears)
    {
        var name = PublicPageText.Encode(entry.AgencyName);
        var title = PublicPageText.Encode(PublishedTitle.Of(report, entry.AgencyName));
        var html = new StringBuilder(48 * 1024);
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n")
            .Append("<link rel=\"alternate\" type=\"application/json\" href=\"report.json\">\n")
            .Append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../").Append(PublicSitePaths.Feed).Append("\">\n")
            .Append("<style>\n").Append(ReportStyleSheet.Css).Append('\n').Append(PublicPageText.Css).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header class=\"publication\">\n<nav><a href=\"../index.html\">")
            .Append(entry.Year).Append("年度报告目录</a> · <a href=\"../../").Append(PublicSitePaths.Feed).Append("\">订阅更新（Atom）</a></nav>\n<dl>\n");
        Term(html, "单位", name);
        Term(html, "报告年度", $"{entry.Year}年");
        Term(html, "发布日期", Time(entry.PublishedAt));
        Term(html, "批准日期", $"{Time(entry.ApprovedAt)}（第{entry.Revision}稿）");
        Term(html, "法定公开期限", $"<time datetime=\"{PublicPageText.IsoDate(entry.Deadline)}\">{ChinaDates.FormatDate(entry.Deadline)}</time>，"
            + (entry.OnTime ? "按时发布" : "<span class=\"late\">逾期发布</span>"));
        Term(html, "开放数据", $"<a href=\"report.json\">report.json</a>（格式说明：<a href=\"../../{PublicSitePaths.Schema}\">JSON Schema</a>）");
        Term(html, "统计数据", $"<a href=\"../statistics.html#a-{PublicPageText.Encode(entry.AgencyId)}\">本单位在{entry.Year}年度统计中的一行</a>（全部单位：<a href=\"../statistics.csv\">statistics.csv</a>）");
        Term(html, "往年报告", earlierYears.Count == 0
            ? "无"
            : string.Join("、", earlierYears.OrderDescending().Select(y =>
                $"<a href=\"../../{PublicSitePaths.ReportPage(y, entry.AgencyId)}\">{y}年</a>")));
        html.Append("</dl>\n");
        foreach (var corrected in entry.CorrectedAt)
        {
            html.Append("<p class=\"correction\" role=\"note\"><strong>更正</strong>：本报告已于").Append(Time(corrected))
                .Append("更正，本页为更正后的内容。</p>\n");
        }
        html.Append("</header>\n<main>\n").Append(articles.RenderArticle(report)).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Time(DateTimeOffset instant) =>
        $"<time datetime=\"{PublicPageText.IsoDate(instant)}\">{ChinaDates.FormatDate(instant)}</time>";

    private static void Term(StringBuilder html, string term, string definitionHtml) =>
        html.Append("<dt>").Append(term).Append("</dt><dd>").Append(definitionHtml).Append("</dd>\n");
}
