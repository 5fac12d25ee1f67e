using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.PlainText;

/// <summary>
/// A flattened report as a document: each line that writes table cells (between bars, tabs or runs of spaces, or
/// numbers beside words) is a row of a table grid, consecutive rows one grid; every other line is a paragraph.
/// Which rows belong to which of the report's tables is for the interpreter to find, as for every other format.
/// </summary>
internal static class TextDocument
{
    public static ReportDocument Of(string text)
    {
        var lines = TextLines.Split(text);
        var layout = TextCells.Detect(lines);
        var blocks = new List<ReportBlock>();
        var rows = new List<IReadOnlyList<TableCell>>();
        void EndTable()
        {
            if (rows.Count > 0)
            {
                blocks.Add(new TableBlock(TableGrid.FromRows(rows)));
                rows = [];
            }
        }
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var cells = TextCells.Of(line, layout);
            if (IsRow(line, cells, layout))
            {
                // Bars and tabs keep columns in line from row to row; cells set apart by spaces do not, so each such
                // row is a grid of its own.
                var aligned = line.Contains('|') || line.Contains('\t');
                if (!aligned)
                {
                    EndTable();
                }
                rows.Add(cells.ConvertAll(c => new TableCell(c)));
                if (!aligned)
                {
                    EndTable();
                }
            }
            else if (cells.Count > 0)
            {
                EndTable();
                blocks.Add(new ParagraphBlock(line.Trim()));
            }
        }
        EndTable();
        return new ReportDocument(null, blocks);
    }

    /// <summary>A line is a table row when it writes two cells or more, or one cell the way a table does (between bars).</summary>
    private static bool IsRow(string line, List<string> cells, TextLayout layout) =>
        cells.Count >= 2 || (cells.Count == 1 && layout != TextLayout.Spaced && line.Contains('|'));
}
