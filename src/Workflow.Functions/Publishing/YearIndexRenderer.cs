using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Workflow.Reports.Model;

namespace Workflow.Functions.Publishing;

/// <summary>
/// <c>{year}/index.json</c> and <c>{year}/index.html</c>, built from the year's entries only, ordered by agency
/// id so that the same set of entries always gives the same bytes whatever order they were published in.
/// </summary>
public static class YearIndexRenderer
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static YearIndexDocument Document(int year, IEnumerable<PublicationEntry> entries, string publicBaseUrl) =>
        new(
            year,
            PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.Feed),
            PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.Schema),
            [.. Ordered(year, entries).Select(e => new YearIndexItem(
                new Agency(e.AgencyId, e.AgencyName, e.Kind),
                e.Year,
                e.Title,
                e.Revision,
                PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.ReportPage(e.Year, e.AgencyId)),
                PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.ReportJson(e.Year, e.AgencyId)),
                e.ApprovedAt,
                e.PublishedAt,
                e.CorrectedAt,
                e.Deadline,
                e.OnTime,
                e.Statistics))]);

    public static string Json(int year, IEnumerable<PublicationEntry> entries, string publicBaseUrl) =>
        JsonSerializer.Serialize(Document(year, entries, publicBaseUrl), JsonOptions) + "\n";

    public static string Html(int year, IEnumerable<PublicationEntry> entries)
    {
        var ordered = Ordered(year, entries);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(year).Append("年度政府信息公开工作年度报告目录</title>\n")
            .Append("<link rel=\"alternate\" type=\"application/json\" href=\"index.json\">\n")
            .Append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../").Append(PublicSitePaths.Feed).Append("\">\n")
            .Append("<style>\n").Append(PublicPageText.Css).Append("\n</style>\n</head>\n<body>\n<main class=\"site-index\">\n")
            .Append("<h1>").Append(year).Append("年度政府信息公开工作年度报告</h1>\n")
            .Append("<p>共 ").Append(ordered.Count).Append(" 份。开放数据：<a href=\"index.json\">index.json</a>；")
            .Append("<a href=\"../").Append(PublicSitePaths.Feed).Append("\">订阅更新（Atom）</a>；")
            .Append("<a href=\"../").Append(PublicSitePaths.Schema).Append("\">report.json 格式（JSON Schema）</a>。</p>\n")
            .Append("<table>\n<thead><tr><th scope=\"col\">单位</th><th scope=\"col\">类型</th><th scope=\"col\">报告</th>")
            .Append("<th scope=\"col\">批准日期</th><th scope=\"col\">发布日期</th><th scope=\"col\">法定期限</th>")
            .Append("<th scope=\"col\">是否按时</th><th scope=\"col\">更正</th></tr></thead>\n<tbody>\n");
        foreach (var e in ordered)
        {
            html.Append("<tr><td>").Append(PublicPageText.Encode(e.AgencyName)).Append("</td><td>")
                .Append(PublicPageText.KindName(e.Kind)).Append("</td><td><a href=\"")
                .Append(PublicPageText.Encode(e.AgencyId)).Append("/index.html\">网页</a> · <a href=\"").Append(PublicPageText.Encode(e.AgencyId)).Append("/report.json\">JSON</a></td><td>")
                .Append(ChinaDates.FormatDate(e.ApprovedAt)).Append("</td><td>")
                .Append(ChinaDates.FormatDate(e.PublishedAt)).Append("</td><td>")
                .Append(ChinaDates.FormatDate(e.Deadline)).Append("</td><td")
                .Append(e.OnTime ? ">" : " class=\"late\">").Append(PublicPageText.Timeliness(e.OnTime)).Append("</td><td>")
                .Append(string.Join("、", e.CorrectedAt.Select(ChinaDates.FormatDate))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static List<PublicationEntry> Ordered(int year, IEnumerable<PublicationEntry> entries) =>
        [.. entries.Where(e => e.Year == year).OrderBy(e => e.AgencyId, StringComparer.Ordinal)];
}
