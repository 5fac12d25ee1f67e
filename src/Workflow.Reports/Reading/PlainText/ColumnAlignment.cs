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
        // Most tables are filled in every cell: when every line of numbers has as many, no blank is missing.
        var counts = cells.Select(row => row.Count(c => CellValue.Parse(c).Kind != CellKind.Invalid)).Where(n => n > 0).Distinct().Count();
        if (counts <= 1 && cells.Count(row => row.Any(c => CellValue.Parse(c).Kind != CellKind.Invalid)) >= 2)
        {
            return [.. cells];
        }
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
        var left = Left(placed);
        for (var l = 0; l < lines.Count; l++)
        {
            var values = placed[l].Where(p => p.IsValue).ToList();
            if (values.Count == 0 || values.Count >= columns.Count || IsShifted(placed[l], left))
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
            var positions = Positions(line, wide);
            var row = new List<Placed>();
            var cursor = 0;
            foreach (var cell in cells[l])
            {
                var at = line.IndexOf(cell, cursor, StringComparison.Ordinal);
                if (at < 0)
                {
                    return [];
                }
                row.Add(new Placed(cell, positions[at], positions[at + cell.Length], CellValue.Parse(cell).Kind != CellKind.Invalid));
                cursor = at + cell.Length;
            }
            placed.Add(row);
        }
        return placed;
    }

    /// <summary>The position where each character of a line starts (and, last, where the line ends).</summary>
    private static int[] Positions(string line, bool wide)
    {
        var positions = new int[line.Length + 1];
        for (var i = 0; i < line.Length; i++)
        {
            positions[i + 1] = positions[i] + (wide && line[i] >= '\u1100' ? 2 : 1);
        }
        return positions;
    }

    /// <summary>
    /// The value columns of a block, left to right: the runs of overlapping numbers, and of the short header words above
    /// them (科研 / 机构 over a column left blank in every row). Null unless each column is seen (some line has a number in
    /// every column of a block of two lines of values or more, or the header names the columns no number fills) and the
    /// block really is laid out in columns: no line has two numbers, or two header words, in one column.
    /// </summary>
    private static List<(int Start, int End)>? Columns(List<List<Placed>> placed)
    {
        var firstValues = placed.FindIndex(row => row.Any(p => p.IsValue));
        if (firstValues < 0)
        {
            return null;
        }
        var valueLines = placed.Count(row => row.Any(p => p.IsValue));
        var left = Left(placed);
        var values = placed.Where(row => !IsShifted(row, left)).SelectMany(row => row.Where(p => p.IsValue)).ToList();
        var widest = placed.Max(row => row.Count(p => p.IsValue));
        var byValues = Merge(values);
        var seen = valueLines >= 2 && byValues.Count == widest && byValues.Count is >= 2 and <= MaxColumns && LinesUp(placed, byValues, p => p.IsValue) ? byValues : null;
        return seen;
    }

    /// <summary>Where the numbers start: the leftmost number of any line.</summary>
    private static int Left(List<List<Placed>> placed) =>
        placed.SelectMany(row => row.Where(p => p.IsValue)).Select(p => p.Start).DefaultIfEmpty(0).Min();

    /// <summary>
    /// A line of values whose label reaches into the columns of numbers was shifted by whatever laid it out (pandoc
    /// drops a merged cell and moves the rest left or right): it is neither lined up nor used to find the columns.
    /// </summary>
    private static bool IsShifted(List<Placed> row, int left) =>
        row.Any(p => p.IsValue) && row.Any(p => !p.IsValue && p.Start >= left);

    private static List<(int Start, int End)> Merge(IEnumerable<Placed> items)
    {
        var columns = new List<(int Start, int End)>();
        foreach (var item in items.OrderBy(p => p.Start))
        {
            if (columns.Count > 0 && item.Start < columns[^1].End)
            {
                columns[^1] = (columns[^1].Start, Math.Max(columns[^1].End, item.End));
            }
            else
            {
                columns.Add((item.Start, item.End));
            }
        }
        return columns;
    }

    private static bool LinesUp(List<List<Placed>> placed, List<(int Start, int End)> columns, Func<Placed, bool> counted) =>
        placed.All(row => columns.All(c => row.Count(p => counted(p) && Overlap(p, c)) <= 1));

    private static bool Overlap(Placed a, Placed b) => a.Start < b.End && b.Start < a.End;

    private static bool Overlap(Placed a, (int Start, int End) column) => a.Start < column.End && column.Start < a.End;

    /// <summary>The words of a text cell set apart by single spaces, each where it sits (width of a character: the cell's).</summary>
    private static IEnumerable<Placed> Words(Placed cell)
    {
        if (cell.IsValue || !cell.Text.Contains(' '))
        {
            return cell.IsValue ? [] : [cell];
        }
        var scale = (double)(cell.End - cell.Start) / cell.Text.Length;
        var words = new List<Placed>();
        var at = 0;
        foreach (var word in cell.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            at = cell.Text.IndexOf(word, at, StringComparison.Ordinal);
            words.Add(new Placed(word, cell.Start + (int)(at * scale), cell.Start + (int)((at + word.Length) * scale), false));
            at += word.Length;
        }
        return words;
    }
}
