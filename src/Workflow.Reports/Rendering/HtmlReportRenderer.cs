using System.Globalization;
using System.Text;
using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>
/// The public HTML page of a report in the official layout: self-contained (inline CSS, no scripts),
/// print friendly, every piece of report text HTML-encoded, and deterministic (same report, same bytes)
/// so that publishing twice writes the same blob.
/// </summary>
public sealed class HtmlReportRenderer
{
    /// <summary>A complete page around <see cref="RenderArticle"/>.</summary>
    public string Render(AnnualReport report)
    {
        var html = new StringBuilder(32 * 1024);
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Encode(TitleOf(report))).Append("</title>\n")
            .Append("<style>\n").Append(ReportStyleSheet.Css).Append("\n</style>\n</head>\n<body>\n")
            .Append(RenderArticle(report))
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The report itself as an &lt;article class="report"&gt; fragment (title, preamble, the six parts with
    /// their tables, signature), for pages that bring their own head and header; style it with
    /// <see cref="ReportStyleSheet.Css"/>.
    /// </summary>
    public string RenderArticle(AnnualReport report)
    {
        var sections = report.Sections;
        var html = new StringBuilder(32 * 1024);
        html.Append("<article class=\"report\">\n<h1>").Append(HtmlText.Encode(TitleOf(report))).Append("</h1>\n");
        HtmlText.AppendParagraphs(html, sections.Preamble);

        AppendHeading(html, 0);
        HtmlText.AppendParagraphs(html, sections.Overview);

        AppendHeading(html, 1);
        HtmlText.AppendParagraphs(html, sections.Proactive.Text);
        ProactiveTableMarkup.Append(html, sections.Proactive, report.Edition);

        AppendHeading(html, 2);
        HtmlText.AppendParagraphs(html, sections.Requests.Text);
        RequestsTableMarkup.Append(html, sections.Requests, report.Edition);

        AppendHeading(html, 3);
        HtmlText.AppendParagraphs(html, sections.Appeals.Text);
        AppealsTableMarkup.Append(html, sections.Appeals);

        AppendHeading(html, 4);
        HtmlText.AppendParagraphs(html, sections.Problems);

        AppendHeading(html, 5);
        HtmlText.AppendParagraphs(html, sections.Other);

        AppendSignature(html, report);
        html.Append("</article>\n");
        return html.ToString();
    }

    private static string TitleOf(AnnualReport report) => PublishedTitle.Of(report);

    private static void AppendHeading(StringBuilder html, int index) =>
        html.Append("<h2>")
            .Append(HtmlText.Encode($"{ReportTemplate.SectionNumerals[index]}、{ReportTemplate.SectionHeadings[index]}"))
            .Append("</h2>\n");

    /// <summary>
    /// Agency and date as printed under a report. Readers may leave that signature at the end of part 六;
    /// then it is not printed twice.
    /// </summary>
    private static void AppendSignature(StringBuilder html, AnnualReport report)
    {
        if (report.PublishedOn is not { } date)
        {
            return;
        }
        var written = date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        if (report.Sections.Other.TrimEnd().EndsWith(written, StringComparison.Ordinal))
        {
            return;
        }
        html.Append("<div class=\"signature\">\n<p>").Append(HtmlText.Encode(report.Agency.Name)).Append("</p>\n<p>")
            .Append(HtmlText.Encode(written)).Append("</p>\n</div>\n");
    }
}
