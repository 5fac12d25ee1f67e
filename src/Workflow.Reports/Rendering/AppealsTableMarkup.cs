using System.Text;
using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>Table 四 with the template's header spans: 行政复议 (5 columns) and 行政诉讼 (直接起诉 and 复议后起诉, 5 each).</summary>
internal static class AppealsTableMarkup
{
    public static void Append(StringBuilder html, AppealsSection section)
    {
        var outcomes = ReportTemplate.AppealOutcomes;
        html.Append("<div class=\"table-scroll\"><table class=\"report-table appeals\">\n<tr>");
        HtmlText.AppendHeader(html, ReportTemplate.AppealGroups[0], colspan: outcomes.Count);
        HtmlText.AppendHeader(html, "行政诉讼", colspan: 2 * outcomes.Count);
        html.Append("</tr>\n<tr>");
        foreach (var outcome in outcomes)
        {
            HtmlText.AppendHeader(html, outcome, rowspan: 2);
        }
        HtmlText.AppendHeader(html, ReportTemplate.AppealGroups[1], colspan: outcomes.Count);
        HtmlText.AppendHeader(html, ReportTemplate.AppealGroups[2], colspan: outcomes.Count);
        html.Append("</tr>\n<tr>");
        for (var group = 1; group < ReportTemplate.AppealGroups.Count; group++)
        {
            foreach (var outcome in outcomes)
            {
                HtmlText.AppendHeader(html, outcome);
            }
        }
        html.Append("</tr>\n<tr>");
        var count = ReportTemplate.AppealGroups.Count * outcomes.Count;
        for (var i = 0; i < count; i++)
        {
            HtmlText.AppendData(html, HtmlText.Number(i < section.Values.Count ? section.Values[i] : null));
        }
        html.Append("</tr>\n</table></div>\n");
    }
}
