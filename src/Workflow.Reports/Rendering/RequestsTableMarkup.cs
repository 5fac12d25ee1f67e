using System.Text;
using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>
/// Table 三 with the template's three header rows and its label spans: three label columns, the
/// 三、本年度办理结果 block label spanning all outcome rows, and （三）…（六） spanning their numbered sub-rows.
/// </summary>
internal static class RequestsTableMarkup
{
    private const int LabelColumns = 3;

    public static void Append(StringBuilder html, RequestsSection section, Edition edition)
    {
        var layout = section.Rows.Count == 0 && edition == Edition.Format2019
            ? ReportTemplate.RequestRows2019
            : ReportTemplate.RequestRowsFor(section.Rows);
        var columns = ReportTemplate.RequestColumns;

        html.Append("<div class=\"table-scroll\"><table class=\"report-table requests\">\n<tr>");
        HtmlText.AppendHeader(html, ReportTemplate.RequestsBalanceNote, colspan: LabelColumns, rowspan: 3);
        HtmlText.AppendHeader(html, "申请人情况", colspan: columns.Count);
        html.Append("</tr>\n<tr>");
        HtmlText.AppendHeader(html, columns[0], rowspan: 2);
        HtmlText.AppendHeader(html, "法人或其他组织", colspan: columns.Count - 2);
        HtmlText.AppendHeader(html, columns[ReportTemplate.TotalColumn], rowspan: 2);
        html.Append("</tr>\n<tr>");
        for (var c = 1; c < ReportTemplate.TotalColumn; c++)
        {
            HtmlText.AppendHeader(html, columns[c]);
        }
        html.Append("</tr>\n");

        var outcomeRows = layout.Count(r => r.Key is not ("R1" or "R2" or "R4"));
        for (var i = 0; i < layout.Count; i++)
        {
            var row = layout[i];
            html.Append("<tr>");
            if (row.Key is "R1" or "R2" or "R4")
            {
                HtmlText.AppendHeader(html, row.Label, colspan: LabelColumns, cssClass: "label");
            }
            else
            {
                if (i == 0 || layout[i - 1].Key is "R1" or "R2")
                {
                    HtmlText.AppendHeader(html, "三、本年度办理结果", rowspan: outcomeRows, cssClass: "label");
                }
                if (row.Group is null)
                {
                    HtmlText.AppendHeader(html, row.Label, colspan: LabelColumns - 1, cssClass: "label");
                }
                else
                {
                    if (i == 0 || layout[i - 1].Group != row.Group)
                    {
                        HtmlText.AppendHeader(html, row.Group, rowspan: layout.Skip(i).TakeWhile(r => r.Group == row.Group).Count(), cssClass: "label");
                    }
                    HtmlText.AppendHeader(html, row.Label, cssClass: "label");
                }
            }
            for (var c = 0; c < columns.Count; c++)
            {
                HtmlText.AppendData(html, HtmlText.Number(section.Cell(row.Key, c)));
            }
            html.Append("</tr>\n");
        }
        html.Append("</table></div>\n");
    }
}
