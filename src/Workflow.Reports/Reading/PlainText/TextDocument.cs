using AngleSharp.Html.Parser;
using Workflow.Reports.Reading.Html;
using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.PlainText;

/// <summary>
/// A flattened report as a document: each line that writes table cells (between bars, tabs or runs of spaces, or
/// numbers beside words) is a row of a table grid, consecutive rows one grid; every other line is a paragraph.
/// Which rows belong to which of the report's tables is for the interpreter to find, as for every other format.
/// </summary>
internal static class TextDocument
{
    public static ReportDocument Of(ReadOnlySpan<char> text)
    {
        var blocks = new List<ReportBlock>();
        var at = 0;
        foreach (var table in EmbeddedTables(text))
        {
            blocks.AddRange(Blocks(text[at..table.Start]));
            var fragment = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(text[table.Start..table.End].ToString());
            if (fragment.Body is { } body)
            {
                blocks.AddRange(HtmlBlocks.Of(body));
            }
            at = table.End;
        }
        blocks.AddRange(Blocks(text[at..]));
        return new ReportDocument(null, blocks);
    }

    private const string TableOpen = "<table";

    private const string TableClose = "</table>";

    /// <summary>
    /// The HTML tables written into a text (pandoc keeps a table with merged cells as raw HTML in markdown): each is read
    /// as the HTML reader reads a table, with its merged cells.
    /// </summary>
    private static List<(int Start, int End)> EmbeddedTables(ReadOnlySpan<char> text)
    {
        var tables = new List<(int Start, int End)>();
        var from = 0;
        while (from < text.Length)
        {
            var start = IndexOf(text, TableOpen, from);
            var end = start < 0 ? -1 : IndexOf(text, TableClose, start);
            if (end < 0)
            {
                break;
            }
            // Tables inside tables close later: the fragment runs to the close that balances its opens.
            while (Count(text, TableOpen, start, end) > Count(text, TableClose, start, end + TableClose.Length) && IndexOf(text, TableClose, end + TableClose.Length) is var next and >= 0)
            {
                end = next;
            }
            tables.Add((start, end + TableClose.Length));
            from = end + TableClose.Length;
        }
        return tables;
    }

    /// <summary>Where <paramref name="tag"/> first occurs from <paramref name="from"/> on, whatever its case; −1 when it does not.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, string tag, int from)
    {
        var at = text[from..].IndexOf(tag, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : from + at;
    }

    private static int Count(ReadOnlySpan<char> text, string tag, int start, int end)
    {
        var count = 0;
        for (var at = IndexOf(text, tag, start); at >= 0 && at < end; at = IndexOf(text, tag, at + 1))
        {
            count++;
        }
        return count;
    }

    private static List<ReportBlock> Blocks(ReadOnlySpan<char> text)
    {
        var ruled = new List<ColumnRule?>();
        var above = new List<bool>();
        var split = TextLines.Split(text, ruled, above);
        var lines = new List<string>(split.Count);
        var rules = new List<ColumnRule?>(split.Count);
        var ruledAbove = new List<bool>(split.Count);
        for (var l = 0; l < split.Count; l++)
        {
            if (!string.IsNullOrWhiteSpace(split[l]))
            {
                lines.Add(split[l]);
                rules.Add(ruled[l]);
                ruledAbove.Add(above[l]);
            }
        }
        var layout = TextCells.Detect(lines);
        var cells = lines.ConvertAll(l => TextCells.Of(l, layout));
        if (layout == TextLayout.PipeRows)
        {
            BoxedRows.Join(lines, cells, ruledAbove);
        }
        else if (layout == TextLayout.Spaced)
        {
            WrappedDigits.Join(lines, cells);
        }
        AlignColumns(lines, cells, rules);
        var blocks = new List<ReportBlock>();
        var rows = new List<IReadOnlyList<TableCell>>();
        void EndTable()
        {
            if (rows.Count > 0)
            {
                blocks.Add(new TableBlock(TableGrid.FromRows(rows)));
                rows.Clear();
            }
        }
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            if (IsRow(line, cells[l], layout))
            {
                // Bars and tabs keep columns in line from row to row; cells set apart by spaces do not, so each such
                // row is a grid of its own.
                var aligned = line.Contains('|') || line.Contains('\t');
                if (!aligned)
                {
                    EndTable();
                }
                rows.Add(cells[l].ConvertAll(c => new TableCell(c)));
                if (!aligned)
                {
                    EndTable();
                }
            }
            else if (cells[l].Count > 0)
            {
                EndTable();
                blocks.Add(new ParagraphBlock(line.Trim()));
            }
        }
        EndTable();
        return blocks;
    }

    /// <summary>
    /// Puts back the blank cells of each block of table lines laid out with spaces (<see cref="ColumnAlignment"/>). A
    /// block runs from a part heading or a 第二十条 caption to the next, in parts 二 to 四; lines of prose in it (long, and
    /// no gap of two spaces) are left out, so that a row of values written apart from its wrapped label still lines up with the others.
    /// </summary>
    private static void AlignColumns(List<string> lines, List<List<string>> cells, List<ColumnRule?> rules)
    {
        var block = new List<int>();
        // Only parts 二 to 四 have tables: the prose of the other parts is never lined up (before the first heading, a
        // document without headings, everything may be a table).
        int? part = null;
        for (var l = 0; l <= lines.Count; l++)
        {
            var heading = l < lines.Count ? SectionHeadings.Match(lines[l]) : null;
            var ends = l == lines.Count || heading is not null || lines[l].Contains("二十条", StringComparison.Ordinal);
            part = heading ?? part;
            if (!ends)
            {
                if (part is 0 or 4 or 5)
                {
                    continue;
                }
                var trimmed = lines[l].AsSpan().Trim();
                var prose = trimmed.Length > 30 && cells[l].Count <= 2 && !trimmed.Contains("  ", StringComparison.Ordinal);
                if (!lines[l].Contains('\t') && !lines[l].Contains('|') && !prose)
                {
                    block.Add(l);
                }
                continue;
            }
            if (block.Count >= 2)
            {
                // A block that is one ruled table's rows has its columns drawn; otherwise they are where the numbers line up.
                var rule = block.Where(i => cells[i].Any(c => CellValue.Parse(c).Kind == CellKind.Number)).Select(i => rules[i]).Distinct().ToList() is [{ } only] ? only : null;
                var aligned = ColumnAlignment.Align([.. block.Select(i => lines[i])], [.. block.Select(i => cells[i])], rule);
                for (var i = 0; i < aligned.Count; i++)
                {
                    cells[block[i]] = aligned[i];
                }
            }
            block.Clear();
        }
    }

    /// <summary>A line is a table row when it writes two cells or more, or one cell the way a table does (between bars).</summary>
    private static bool IsRow(string line, List<string> cells, TextLayout layout) =>
        cells.Count >= 2 || (cells.Count == 1 && layout != TextLayout.Spaced && line.Contains('|'));
}
