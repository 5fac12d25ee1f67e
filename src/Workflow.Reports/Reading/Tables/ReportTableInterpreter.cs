using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Turns a document of paragraphs and table grids (from HTML or Word) into the canonical model with the text
/// reader's conventions: the paragraphs are the report's lines, read with the same heading, front-matter and
/// closing rules (<see cref="ReportOutline"/>, <see cref="TextReportReader.Closing"/>); tables are recognised by what they
/// say (第二十条 captions, 申请人情况, 行政复议/行政诉讼), wherever they sit, and read from their grids.
/// A table that is none of the three is read as lines of text.
/// </summary>
internal static class ReportTableInterpreter
{
    private static readonly string[] TitlePhrases = ["政府信息公开工作年度报告", "政府信息公开年度报告", "年度政府信息公开工作报告"];

    /// <exception cref="UnreadableReportException">The document is not recognisably a report, or its year is unknown.</exception>
    public static ReportReading Interpret(ReportDocument document, ReadOptions options)
    {
        var notes = new List<Finding>();
        var proactive = new ProactiveGridReader(notes);
        var requests = new RequestsGridReader(notes);
        var appeals = new AppealsGridReader(notes);

        var lines = new List<string>();
        var captions = new HashSet<int>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    if (IsCaption(paragraph.Text))
                    {
                        captions.Add(lines.Count);
                    }
                    lines.Add(paragraph.Text);
                    break;
                case TableBlock { Grid: var grid } when RequestsGridReader.IsRequests(grid):
                    requests.Read(grid);
                    break;
                case TableBlock { Grid: var grid } when AppealsGridReader.IsAppeals(grid):
                    appeals.Read(grid);
                    break;
                case TableBlock { Grid: var grid } when ProactiveGridReader.IsProactive(grid):
                    proactive.Read(grid, captions.Contains(lines.Count - 1) ? ProactiveGridReader.Clause(lines[^1]) : null);
                    break;
                case TableBlock { Grid: var grid }:
                    lines.AddRange(TextOf(grid));
                    break;
            }
        }

        // The outline reads lines as ranges of text, the way the text reader cuts them.
        var ranges = lines.ConvertAll(line => line.AsMemory());
        var outline = ReportOutline.Of(ranges);
        var front = outline.Front;
        var headings = outline.Headings;
        var declared = front.Title is null && document.DeclaredTitle is { } title && TitlePhrases.Any(p => FrontMatter.Compact(title).Contains(p, StringComparison.Ordinal))
            ? FrontMatter.Read([title.AsMemory()], 1)
            : null;

        var end = ReportEnd(lines, headings);
        var closing = TextReportReader.Closing(ranges, headings, options, front, ref end);
        var year = options.Year ?? front.Year ?? declared?.Year ?? outline.PeriodYear ?? (front.PublishedOn ?? closing)?.Year - 1;

        var reportYear = outline.ReportYear(year, proactive.Found, requests.Rows.Count > 0);

        proactive.NoteMissing(reportYear);
        var requestEditions = requests.Finish();
        var appealValues = appeals.Finish();

        string Section(int index) => outline.SectionText(ranges, index, end, captions.Contains);
        var preamble = outline.Preamble(ranges, end, captions.Contains);

        var report = new AnnualReport(
            outline.Agency(options, declared?.AgencyName, notes),
            reportYear,
            front.Title ?? declared?.Title ?? "",
            front.PublishedOn ?? closing,
            ReportOutline.EditionOf(proactive.Editions.Concat(requestEditions), reportYear),
            new ReportSections(
                preamble,
                Section(0),
                new ProactiveSection(Section(1), proactive.Cells),
                new RequestsSection(Section(2), requests.Rows),
                new AppealsSection(Section(3), appealValues),
                Section(4),
                Section(5)));
        return new ReportReading(report, notes);
    }

    /// <summary>
    /// Pages go on after the report (site footer, links); the report ends with the last line after part 六's
    /// heading that is only a date, when there is one.
    /// </summary>
    private static int ReportEnd(List<string> lines, int?[] headings)
    {
        var lastHeading = headings.Max() ?? -1;
        for (var i = lines.Count - 1; i > lastHeading; i--)
        {
            if (FrontMatter.DateLine(lines[i]) is not null)
            {
                return i + 1;
            }
        }
        return lines.Count;
    }

    /// <summary>A paragraph that is only a table caption ("第二十条第（一）项"), not running text.</summary>
    private static bool IsCaption(string text) =>
        ProactiveGridReader.Clause(text) is not null && GridLabels.Key(text).Length <= 12;

    /// <summary>The cells of a table that holds no report table, once each, as lines.</summary>
    private static IEnumerable<string> TextOf(TableGrid grid)
    {
        for (var r = 0; r < grid.Height; r++)
        {
            foreach (var (column, cell) in GridLabels.DistinctCells(grid, r))
            {
                if (!cell.IsBlank && cell.OriginRow == r && cell.OriginColumn == column)
                {
                    yield return cell.Text;
                }
            }
        }
    }
}
