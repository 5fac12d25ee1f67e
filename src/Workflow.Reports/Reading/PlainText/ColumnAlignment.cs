namespace Workflow.Reports.Reading.PlainText;

/// <summary>
/// Puts back the blank cells that text laid out with spaces (<c>pdftotext -layout</c>, <c>w3m -dump</c>, pandoc's
/// plain tables) drops: within a block of table lines, the value columns are where the numbers line up, and a row
/// with no number under a column gets a blank cell there, so its other values keep their columns. Positions are counted both in characters (pdftotext) and in display width, an ideograph counting two
/// (w3m, pandoc); the count that lines the block up in fewer columns is the one it was laid out in.
/// </summary>
internal static class ColumnAlignment
{
    /// <summary>The widest template table has 15 value columns; more is not a table laid out in columns.</summary>
    private const int MaxColumns = 18;

    private sealed record Placed(string Text, int Start, int End, bool IsValue);

    /// <summary>The cells of each line of the block with blanks put back, or the cells as they were when the block does not line up.</summary>
    public static List<List<string>> Align(IReadOnlyList<string> lines, IReadOnlyList<List<string>> cells)
    {
        var byCharacter = Place(lines, cells, wide: false);
        var byWidth = Place(lines, cells, wide: true);
        var columnsByCharacter = Columns(byCharacter);
        var columnsByWidth = Columns(byWidth);
        var (placed, columns) = columnsByWidth is not null && (columnsByCharacter is null || columnsByWidth.Count < columnsByCharacter.Count)
            ? (byWidth, columnsByWidth)
            : (byCharacter, columnsByCharacter);
        if (columns is null)
        {
            return [.. cells];
        }
        var aligned = new List<List<string>>();
        for (var l = 0; l < lines.Count; l++)
        {
            var values = placed[l].Where(p => p.IsValue).ToList();
            if (values.Count == 0 || values.Count >= columns.Count)
            {
                aligned.Add(cells[l]);
                continue;
            }
            var firstValue = placed[l].FindIndex(p => p.IsValue);
            var lastValue = placed[l].FindLastIndex(p => p.IsValue);
            var row = placed[l].Take(firstValue).Select(p => p.Text).ToList();
            row.AddRange(columns.Select(column => values.FirstOrDefault(v => v.Start < column.End && column.Start < v.End)?.Text ?? ""));
            row.AddRange(placed[l].Skip(lastValue + 1).Where(p => !p.IsValue).Select(p => p.Text));
            aligned.Add(row);
        }
        return aligned;
    }

    /// <summary>Where each cell of each line sits: its start and end, in characters or in display width.</summary>
    private static List<List<Placed>> Place(IReadOnlyList<string> lines, IReadOnlyList<List<string>> cells, bool wide)
    {
        var placed = new List<List<Placed>>();
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var row = new List<Placed>();
            var cursor = 0;
            foreach (var cell in cells[l])
            {
                var at = line.IndexOf(cell, cursor, StringComparison.Ordinal);
                if (at < 0)
                {
                    return [];
                }
                row.Add(new Placed(cell, Position(line, at, wide), Position(line, at + cell.Length, wide), CellValue.Parse(cell).Kind != CellKind.Invalid));
                cursor = at + cell.Length;
            }
            placed.Add(row);
        }
        return placed;
    }

    private static int Position(string line, int index, bool wide)
    {
        if (!wide)
        {
            return index;
        }
        var position = 0;
        for (var i = 0; i < index; i++)
        {
            position += line[i] >= '\u1100' ? 2 : 1;
        }
        return position;
    }

    /// <summary>
    /// The value columns of a block, left to right: the runs of overlapping numbers. Null unless some line has a number
    /// in every column (the columns are seen, not guessed) and no line has two numbers in one column (the block really
    /// is laid out in columns, not written with single spaces).
    /// </summary>
    private static List<(int Start, int End)>? Columns(List<List<Placed>> placed)
    {
        if (placed.Count == 0 || placed.Count(row => row.Any(p => p.IsValue)) < 2)
        {
            return null;
        }
        var columns = new List<(int Start, int End)>();
        foreach (var value in placed.SelectMany(row => row.Where(p => p.IsValue)).OrderBy(p => p.Start))
        {
            if (columns.Count > 0 && value.Start < columns[^1].End)
            {
                columns[^1] = (columns[^1].Start, Math.Max(columns[^1].End, value.End));
            }
            else
            {
                columns.Add((value.Start, value.End));
            }
        }
        var widest = placed.Max(row => row.Count(p => p.IsValue));
        var lineUp = placed.All(row => columns.All(c => row.Count(p => p.IsValue && p.Start < c.End && c.Start < p.End) <= 1));
        return lineUp && columns.Count == widest && columns.Count is >= 2 and <= MaxColumns ? columns : null;
    }
}
