using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// The lines of a document in reading order, whatever its format: a paragraph is a line, a table row is a line.
/// A part heading written onto its first paragraph ("一、总体情况2023年，我局……") becomes two lines, so the outline
/// finds the heading as in every other report.
/// </summary>
internal static partial class DocumentLines
{
    public static List<DocumentLine> Of(ReportDocument document)
    {
        var lines = new List<DocumentLine>();
        var grids = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    AddParagraph(lines, paragraph.Text);
                    break;
                case TableBlock table:
                    AddRows(lines, table.Grid, grids++);
                    break;
            }
        }
        return lines;
    }

    private static void AddParagraph(List<DocumentLine> lines, string text)
    {
        var trimmed = ChineseText.FoldCompatibility(text).Trim();
        if (trimmed.Length == 0)
        {
            return;
        }
        if (RunInHeading(trimmed) is { } split)
        {
            var heading = trimmed[..split];
            lines.Add(new DocumentLine(heading, [new RegionCell(heading, lines.Count, -1, 0)], -1));
            trimmed = trimmed[split..].TrimStart();
        }
        lines.Add(new DocumentLine(trimmed, [new RegionCell(trimmed, lines.Count, -1, 0)], -1));
    }

    private static void AddRows(List<DocumentLine> lines, TableGrid grid, int number)
    {
        for (var r = 0; r < grid.Height; r++)
        {
            var cells = new List<RegionCell>(grid.Width);
            for (var c = 0; c < grid.Width; c++)
            {
                var cell = grid[r, c];
                if (cell.OriginRow == r && cell.OriginColumn == c)
                {
                    cells.Add(new RegionCell(ChineseText.FoldCompatibility(cell.Text).Trim(), lines.Count, number, c));
                }
            }
            if (cells.Count == 0)
            {
                continue;
            }
            lines.Add(new DocumentLine(RowText(cells), cells, number));
        }
    }

    /// <summary>The text of a row: its cells with text, a space apart.</summary>
    private static string RowText(List<RegionCell> cells)
    {
        var written = cells.Count(c => c.Text.Length > 0);
        return written switch
        {
            0 => "",
            // Most rows of a text table are one cell (one cell per line, a paragraph read as a row).
            1 => cells.First(c => c.Text.Length > 0).Text,
            _ => string.Join(' ', Written(cells, written)),
        };
    }

    private static string[] Written(List<RegionCell> cells, int count)
    {
        var texts = new string[count];
        var at = 0;
        foreach (var cell in cells)
        {
            if (cell.Text.Length > 0)
            {
                texts[at++] = cell.Text;
            }
        }
        return texts;
    }

    /// <summary>
    /// Where the heading ends in a paragraph that starts with a numbered part heading and goes on with its text, or
    /// null. Only numbered headings ("一、", "一.", "第一部分") are split: an unnumbered sentence that starts with
    /// "总体情况" is prose.
    /// </summary>
    private static int? RunInHeading(string text)
    {
        var match = NumberedStart().Match(text);
        if (!match.Success || text.Length <= match.Length + 2)
        {
            return null;
        }
        var rest = text[match.Length..];
        foreach (var name in HeadingNames)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal) && rest.Length > name.Length)
            {
                var end = match.Length + name.Length;
                while (end < text.Length && text[end] is '。' or '：' or ':' or ' ' or '　')
                {
                    end++;
                }
                return end < text.Length ? end : null;
            }
        }
        return null;
    }

    /// <summary>The part names, longest first, so that "总体情况概述" wins over "总体情况".</summary>
    private static readonly string[] HeadingNames = [.. SectionHeadings.Names.OrderByDescending(n => n.Length)];

    [GeneratedRegex(@"^\s*(?:第[一二三四五六]部分[、.．:：\s]*|[一二三四五六]\s*[、.．]\s*)")]
    private static partial Regex NumberedStart();
}
