using System.Globalization;
using System.Text;
using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>
/// Writes a report as flattened text in the style bureaus paste from a web page (the seed): part
/// headings on their own lines, table cells one per line ending in " |". <see cref="Reading.TextReportReader"/>
/// reads it back to the same report, which is how the reader is tested on generated reports. The agency id
/// and kind are not part of the text; the closing lines (agency name and date) are written when the report
/// has a publication date.
/// </summary>
public sealed class TextReportWriter
{
    private const string CellEnd = " |";

    public string Write(AnnualReport report)
    {
        var text = new StringBuilder();
        var sections = report.Sections;
        Line(text, report.Title);
        Paragraphs(text, sections.Preamble);

        Heading(text, 0);
        Paragraphs(text, sections.Overview);

        Heading(text, 1);
        Paragraphs(text, sections.Proactive.Text);
        WriteProactive(text, sections.Proactive);

        Heading(text, 2);
        Paragraphs(text, sections.Requests.Text);
        WriteRequests(text, sections.Requests);

        Heading(text, 3);
        Paragraphs(text, sections.Appeals.Text);
        WriteAppeals(text, sections.Appeals);

        Heading(text, 4);
        Paragraphs(text, sections.Problems);
        Heading(text, 5);
        Paragraphs(text, sections.Other);

        if (report.PublishedOn is { } date)
        {
            Line(text, report.Agency.Name);
            Line(text, string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日"));
        }
        return text.ToString();
    }

    private static void WriteProactive(StringBuilder text, ProactiveSection section)
    {
        foreach (var table in section.Cells.GroupBy(c => c.Clause))
        {
            var columns = table.Select(c => c.Column).Distinct().ToList();
            Cell(text, $"第二十条第（{table.Key}）项");
            Cell(text, "信息内容");
            columns.ForEach(column => Cell(text, column));
            foreach (var row in table.GroupBy(c => c.Row))
            {
                Cell(text, row.Key);
                foreach (var column in columns)
                {
                    Cell(text, row.FirstOrDefault(c => c.Column == column)?.Raw ?? "");
                }
            }
        }
    }

    private static void WriteRequests(StringBuilder text, RequestsSection section)
    {
        Cell(text, ReportTemplate.RequestsBalanceNote);
        Cell(text, "申请人情况");
        Cell(text, "法人或其他组织");
        foreach (var column in ReportTemplate.RequestColumns)
        {
            Cell(text, column);
        }
        string? group = null;
        foreach (var row in ReportTemplate.RequestRowsFor(section.Rows))
        {
            if (row.Key == "G1")
            {
                Cell(text, "三、本年度办理结果");
            }
            if (row.Group is { } label && label != group)
            {
                Cell(text, label);
            }
            group = row.Group;
            if (!section.Rows.TryGetValue(row.Key, out var values))
            {
                continue;
            }
            Cell(text, row.Label);
            for (var column = 0; column < ReportTemplate.RequestColumns.Count; column++)
            {
                Cell(text, Number(column < values.Count ? values[column] : null));
            }
        }
    }

    private static void WriteAppeals(StringBuilder text, AppealsSection section)
    {
        Cell(text, ReportTemplate.AppealGroups[0]);
        Cell(text, "行政诉讼");
        foreach (var outcome in ReportTemplate.AppealOutcomes)
        {
            Cell(text, outcome);
        }
        Cell(text, ReportTemplate.AppealGroups[1]);
        Cell(text, ReportTemplate.AppealGroups[2]);
        for (var group = 1; group < ReportTemplate.AppealGroups.Count; group++)
        {
            foreach (var outcome in ReportTemplate.AppealOutcomes)
            {
                Cell(text, outcome);
            }
        }
        for (var i = 0; i < 15; i++)
        {
            Cell(text, Number(i < section.Values.Count ? section.Values[i] : null));
        }
    }

    private static void Heading(StringBuilder text, int section) =>
        Line(text, $"{ReportTemplate.SectionNumerals[section]}、{ReportTemplate.SectionHeadings[section]}");

    private static void Paragraphs(StringBuilder text, string paragraphs)
    {
        foreach (var line in paragraphs.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                Line(text, line.Trim());
            }
        }
    }

    private static void Cell(StringBuilder text, string cell) => Line(text, cell + CellEnd);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
