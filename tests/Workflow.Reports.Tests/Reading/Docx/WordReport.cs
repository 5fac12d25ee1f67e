using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Workflow.Reports.Model;
using Vml = DocumentFormat.OpenXml.Vml;

namespace Workflow.Reports.Tests.Reading.Docx;

/// <summary>
/// Writes a report into a .docx the way a bureau fills the national template in Word: part headings are list
/// paragraphs whose "一、" comes from Word's numbering (the text is only "总体情况"), the （一）/（二）/（七）
/// row labels of table 三 are numbered the same way, headers are merged with gridSpan and vMerge as in the official
/// form, a text box holds a reviewer's note, and tracked changes (an insertion, a deletion, a moved-away run)
/// are left unaccepted. Accepted, the document says exactly what <paramref name="report"/> holds.
/// </summary>
internal static class WordReport
{
    public const string TextBoxJunk = "审核意见：一、总体情况 此稿作废 99999";
    public const string DeletedWords = "（征求意见稿，已删除）";
    public const string MovedAwayWords = "（移走的文字）";

    private const int HeadingNumbering = 1;
    private const int ItemNumbering = 2;

    public static byte[] Build(AnnualReport report)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                AbstractNumbering(HeadingNumbering, "%1、"),
                AbstractNumbering(ItemNumbering, "（%1）"),
                new NumberingInstance(new AbstractNumId { Val = HeadingNumbering }) { NumberID = HeadingNumbering },
                new NumberingInstance(new AbstractNumId { Val = ItemNumbering }) { NumberID = ItemNumbering });
            var body = new Body();
            main.Document = new Document(body);
            word.PackageProperties.Title = "年度报告模板";

            body.Append(Plain(report.Title));
            Lines(body, report.Sections.Preamble);

            Heading(body, 0);
            OverviewWithRevisions(body, report.Sections.Overview);
            Heading(body, 1);
            Lines(body, report.Sections.Proactive.Text);
            body.Append(ProactiveTable(report.Sections.Proactive));
            Heading(body, 2);
            Lines(body, report.Sections.Requests.Text);
            body.Append(RequestsTable(report.Sections.Requests));
            Heading(body, 3);
            Lines(body, report.Sections.Appeals.Text);
            body.Append(AppealsTable(report.Sections.Appeals));
            Heading(body, 4);
            Lines(body, report.Sections.Problems);
            Heading(body, 5);
            Lines(body, report.Sections.Other);
            if (report.PublishedOn is { } date)
            {
                body.Append(Plain(report.Agency.Name), Plain(date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)));
            }
            body.Append(new SectionProperties());
        }
        return stream.ToArray();
    }

    private static AbstractNum AbstractNumbering(int id, string text) =>
        new(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
            new LevelText { Val = text })
        { LevelIndex = 0 })
        { AbstractNumberId = id };

    private static Paragraph Numbered(int numbering, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numbering })),
            new Run(new Text(text)));

    private static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static void Heading(Body body, int index) =>
        body.Append(Numbered(HeadingNumbering, ReportTemplate.SectionHeadings[index]));

    private static void Lines(Body body, string text)
    {
        foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 0))
        {
            body.Append(Plain(line.Trim()));
        }
    }

    /// <summary>
    /// The first line of part 一 carries a text box with a note, a tracked deletion, a moved-away run and its
    /// second half as a tracked insertion; the rest are plain lines.
    /// </summary>
    private static void OverviewWithRevisions(Body body, string overview)
    {
        var lines = overview.Split('\n').Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList();
        if (lines.Count == 0)
        {
            return;
        }
        var first = lines[0];
        var half = first.Length / 2;
        body.Append(new Paragraph(
            new Run(new Text(first[..half]) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new Picture(new Vml.Shape(new Vml.TextBox(new TextBoxContent(new Paragraph(new Run(new Text(TextBoxJunk))))))
            { Id = "note", Style = "position:absolute;width:200pt;height:40pt" })),
            new DeletedRun(new Run(new DeletedText(DeletedWords))) { Id = "1", Author = "审核人", Date = new DateTime(2024, 1, 10) },
            new MoveFromRun(new Run(new DeletedText(MovedAwayWords))) { Id = "2", Author = "审核人" },
            new InsertedRun(new Run(new Text(first[half..]) { Space = SpaceProcessingModeValues.Preserve })) { Id = "3", Author = "审核人", Date = new DateTime(2024, 1, 10) }));
        foreach (var line in lines.Skip(1))
        {
            body.Append(Plain(line));
        }
    }

    private static Table NewTable(int columns)
    {
        var grid = new TableGrid();
        for (var c = 0; c < columns; c++)
        {
            grid.Append(new GridColumn { Width = "800" });
        }
        return new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })), grid);
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null, bool continues = false)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }
        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }
        else if (continues)
        {
            properties.Append(new VerticalMerge());
        }
        return new TableCell(properties, continues ? new Paragraph() : Plain(text));
    }

    private static TableCell NumberedCell(string text, int span) =>
        new(new TableCellProperties(new GridSpan { Val = span }), Numbered(ItemNumbering, text));

    /// <summary>Table 二 as the official form: one 4-column table, a caption row per clause, the last column stretched.</summary>
    private static Table ProactiveTable(ProactiveSection section)
    {
        var clauses = section.Cells.Select(c => c.Clause).Distinct().ToList();
        var width = 1 + Math.Max(3, clauses.Max(cl => section.Cells.Where(c => c.Clause == cl).Select(c => c.Column).Distinct().Count()));
        var table = NewTable(width);
        foreach (var clause in clauses)
        {
            var cells = section.Cells.Where(c => c.Clause == clause).ToList();
            var columns = cells.Select(c => c.Column).Distinct().ToList();
            table.Append(new TableRow(Cell($"第二十条第（{clause}）项", width)));
            var header = new TableRow(Cell("信息内容"));
            for (var c = 0; c < columns.Count; c++)
            {
                header.Append(Cell(columns[c], c == columns.Count - 1 ? width - columns.Count : 1));
            }
            table.Append(header);
            foreach (var row in cells.Select(c => c.Row).Distinct())
            {
                var tableRow = new TableRow(Cell(row));
                for (var c = 0; c < columns.Count; c++)
                {
                    var raw = cells.First(x => x.Row == row && x.Column == columns[c]).Raw;
                    tableRow.Append(Cell(raw, c == columns.Count - 1 ? width - columns.Count : 1));
                }
                table.Append(tableRow);
            }
        }
        return table;
    }

    /// <summary>Table 三: the 3×3 header block and the 办理结果 / （三）… label columns merged with vMerge.</summary>
    private static Table RequestsTable(RequestsSection section)
    {
        var columns = ReportTemplate.RequestColumns;
        var table = NewTable(3 + columns.Count);
        table.Append(
            new TableRow(Cell(ReportTemplate.RequestsBalanceNote, 3, MergedCellValues.Restart), Cell("申请人情况", columns.Count)),
            new TableRow(Cell("", 3, continues: true), Cell(columns[0], merge: MergedCellValues.Restart), Cell("法人或其他组织", 5), Cell(columns[6], merge: MergedCellValues.Restart)),
            new TableRow([Cell("", 3, continues: true), Cell("", continues: true), .. columns.Skip(1).Take(5).Select(c => Cell(c)), Cell("", continues: true)]));

        var layout = ReportTemplate.RequestRowsFor(section.Rows);
        for (var i = 0; i < layout.Count; i++)
        {
            var row = layout[i];
            var tableRow = new TableRow();
            if (row.Key is "R1" or "R2" or "R4")
            {
                tableRow.Append(Cell(row.Label, 3));
            }
            else
            {
                var firstOutcome = layout[i - 1].Key is "R2";
                tableRow.Append(firstOutcome ? Cell("三、本年度办理结果", merge: MergedCellValues.Restart) : Cell("", continues: true));
                if (row.Group is null)
                {
                    tableRow.Append(row.Key is "G1" or "G2" or "S7" ? NumberedCell(WithoutNumbering(row.Label), 2) : Cell(row.Label, 2));
                }
                else
                {
                    var firstInGroup = layout[i - 1].Group != row.Group;
                    tableRow.Append(firstInGroup ? Cell(row.Group, merge: MergedCellValues.Restart) : Cell("", continues: true), Cell(row.Label));
                }
            }
            for (var c = 0; c < columns.Count; c++)
            {
                tableRow.Append(Cell(section.Cell(row.Key, c)?.ToString(CultureInfo.InvariantCulture) ?? ""));
            }
            table.Append(tableRow);
        }
        return table;
    }

    private static string WithoutNumbering(string label) => label.StartsWith('（') ? label[(label.IndexOf('）') + 1)..] : label;

    /// <summary>Table 四: 行政复议 and 行政诉讼 over three header rows, the five 复议 outcomes merged down.</summary>
    private static Table AppealsTable(AppealsSection section)
    {
        var outcomes = ReportTemplate.AppealOutcomes;
        var table = NewTable(15);
        table.Append(
            new TableRow(Cell("行政复议", 5), Cell("行政诉讼", 10)),
            new TableRow([.. outcomes.Select(o => Cell(o, merge: MergedCellValues.Restart)), Cell("未经复议直接起诉", 5), Cell("复议后起诉", 5)]),
            new TableRow([.. outcomes.Select(_ => Cell("", continues: true)), .. outcomes.Select(o => Cell(o)), .. outcomes.Select(o => Cell(o))]),
            new TableRow([.. Enumerable.Range(0, 15).Select(i => Cell(i < section.Values.Count ? section.Values[i]?.ToString(CultureInfo.InvariantCulture) ?? "" : ""))]));
        return table;
    }
}
