using System.Globalization;
using System.Text;
using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>
/// Table 二 as the template prints it: one table, each 第二十条第（X）项 a caption row, a 信息内容 header row and
/// its data rows; a sub-table with fewer columns stretches its last column, like the official form.
/// Only the clauses, rows and columns the report has are shown (reports mix the two editions), in template order.
/// </summary>
internal static class ProactiveTableMarkup
{
    private const string ClauseOrder = "一五六八九";

    public static void Append(StringBuilder html, ProactiveSection section, Edition edition)
    {
        var tables = section.Cells.Count > 0
            ? TablesOfCells(section.Cells)
            : edition == Edition.Format2019 ? ReportTemplate.Proactive2019 : ReportTemplate.Proactive2021;
        var width = Math.Max(3, tables.Max(t => t.Columns.Count));

        html.Append("<div class=\"table-scroll\"><table class=\"report-table proactive\">\n");
        foreach (var table in tables)
        {
            html.Append("<tr>");
            HtmlText.AppendHeader(html, table.Caption, colspan: width + 1, cssClass: "caption");
            html.Append("</tr>\n<tr>");
            HtmlText.AppendHeader(html, "信息内容");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                HtmlText.AppendHeader(html, table.Columns[c], colspan: Span(c, table.Columns.Count, width));
            }
            html.Append("</tr>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                HtmlText.AppendHeader(html, row, cssClass: "label");
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    HtmlText.AppendData(html, Shown(section.Find(table.Clause, row, table.Columns[c])), Span(c, table.Columns.Count, width));
                }
                html.Append("</tr>\n");
            }
        }
        html.Append("</table></div>\n");
    }

    private static int Span(int column, int count, int width) => column == count - 1 ? width - count + 1 : 1;

    /// <summary>What was written; the parsed value only when the writing was lost (e.g. a report built from JSON without raw text).</summary>
    private static string Shown(ProactiveCell? cell) => cell switch
    {
        null => "",
        { Raw: var raw } when !string.IsNullOrWhiteSpace(raw) => raw.Trim(),
        { Value: { } value } => value.ToString(CultureInfo.InvariantCulture) + (cell.Unit ?? ""),
        _ => "",
    };

    private static IReadOnlyList<ProactiveTable> TablesOfCells(IReadOnlyList<ProactiveCell> cells) =>
        cells.GroupBy(c => c.Clause)
            .OrderBy(g => ClauseRank(g.Key))
            .Select(g => new ProactiveTable(
                g.Key,
                InTemplateOrder(g.Key, g.Select(c => c.Column), t => t.Columns),
                InTemplateOrder(g.Key, g.Select(c => c.Row), t => t.Rows),
                null))
            .ToList();

    private static int ClauseRank(string clause)
    {
        var index = ClauseOrder.IndexOf(clause, StringComparison.Ordinal);
        return index < 0 ? ClauseOrder.Length : index;
    }

    /// <summary>Distinct labels ranked by their place in either edition's table for the clause; unknown labels keep their order, last.</summary>
    private static IReadOnlyList<string> InTemplateOrder(string clause, IEnumerable<string> labels, Func<ProactiveTable, IReadOnlyList<string>> part)
    {
        var templates = ReportTemplate.Proactive2021.Concat(ReportTemplate.Proactive2019).Where(t => t.Clause == clause).ToList();
        return labels.Distinct()
            .Select((label, appearance) => (label, appearance, rank: Rank(label)))
            .OrderBy(x => x.rank)
            .ThenBy(x => x.appearance)
            .Select(x => x.label)
            .ToList();

        int Rank(string label)
        {
            foreach (var template in templates)
            {
                var index = IndexOf(part(template), label);
                if (index >= 0)
                {
                    return index;
                }
            }
            return int.MaxValue;
        }
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }
        return -1;
    }
}
