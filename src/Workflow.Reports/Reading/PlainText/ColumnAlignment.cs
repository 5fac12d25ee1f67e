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
    /// <param name="rule">The columns the table draws, when it does: they are its columns if every number lies inside one.</param>
    public static List<List<string>> Align(IReadOnlyList<string> lines, IReadOnlyList<List<string>> cells, ColumnRule? rule = null)
    {
        if (rule is not null && Ruled(lines, cells, rule) is { } ruled)
        {
            return ruled;
        }
        // Most tables are filled in every cell: when every line of numbers has as many, no blank is missing; and one
        // line of numbers shows no columns to line up with.
        var counts = cells.Select(row => row.Count(c => CellValue.Parse(c).Kind != CellKind.Invalid)).Where(n => n > 0).ToList();
        if (counts.Count < 2 || counts.Distinct().Count() == 1)
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

    /// <summary>
    /// The cells with blanks put back under the drawn columns, from the first column any number is in to the last: in
    /// display width or in characters, whichever puts every number inside one column and no two numbers of a line in
    /// the same one. Null when neither does, or when a label reaches into the value columns.
    /// </summary>
    private static List<List<string>>? Ruled(IReadOnlyList<string> lines, IReadOnlyList<List<string>> cells, ColumnRule rule)
    {
        foreach (var wide in (ReadOnlySpan<bool>)[true, false])
        {
            var placed = Place(lines, cells, wide);
            if (placed.Count == 0)
            {
                continue;
            }
            int? Column(Placed value)
            {
                var inside = rule.Columns.Select((c, i) => (c, i)).Where(x => value.Start >= x.c.Start && value.End <= x.c.End).ToList();
                return inside.Count == 1 ? inside[0].i : null;
            }
            var values = placed.SelectMany(row => row.Where(p => p.IsValue)).ToList();
            if (values.Count == 0 || values.Any(v => Column(v) is null))
            {
                continue;
            }
            var first = values.Min(v => Column(v)!.Value);
            var start = rule.Columns[first].Start;
            if (placed.Any(row => row.Any(p => !p.IsValue && p.End > start && row.Any(v => v.IsValue)))
                || placed.Any(row => row.Where(p => p.IsValue).GroupBy(v => Column(v)).Any(g => g.Count() > 1)))
            {
                continue;
            }
            var columns = rule.Columns.Skip(first).ToList();
            var aligned = new List<List<string>>();
            for (var l = 0; l < lines.Count; l++)
            {
                if (!placed[l].Any(p => p.IsValue))
                {
                    aligned.Add(cells[l]);
                    continue;
                }
                var row = placed[l].Where(p => !p.IsValue).Select(p => p.Text).ToList();
                row.AddRange(columns.Select((_, c) => placed[l].FirstOrDefault(v => v.IsValue && Column(v) == first + c)?.Text ?? ""));
                aligned.Add(row);
            }
            return aligned;
        }
        return null;
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
                // A number wrapped over lines stands in its line as its first piece (WrappedDigits).
                var shown = cell.IndexOf('\n') is var wrap and >= 0 ? cell[..wrap] : cell;
                var at = line.IndexOf(shown, cursor, StringComparison.Ordinal);
                if (at < 0)
                {
                    return [];
                }
                row.Add(new Placed(cell, positions[at], positions[at + shown.Length], CellValue.Parse(cell).Kind != CellKind.Invalid));
                cursor = at + shown.Length;
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
    /// The value columns of a block, left to right: the runs of overlapping numbers of the lines a layout did not shift.
    /// Null unless the columns are seen, not guessed (some line of a block of two or more has a number in every column)
    /// and the block really is laid out in columns (no line has two numbers in one column). A column no number fills is
    /// not placed from its header words: that misplaced values where headers wrap.
    /// </summary>
    private static List<(int Start, int End)>? Columns(List<List<Placed>> placed)
    {
        if (placed.Count(row => row.Any(p => p.IsValue)) < 2)
        {
            return null;
        }
        var left = Left(placed);
        var columns = Merge(placed.Where(row => !IsShifted(row, left)).SelectMany(row => row.Where(p => p.IsValue)));
        var widest = placed.Max(row => row.Count(p => p.IsValue));
        return columns.Count == widest && columns.Count is >= 2 and <= MaxColumns && LinesUp(placed, columns) ? columns : null;
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

    /// <summary>No line has two numbers in one column.</summary>
    private static bool LinesUp(List<List<Placed>> placed, List<(int Start, int End)> columns) =>
        placed.All(row => columns.All(c => row.Count(p => p.IsValue && p.Start < c.End && c.Start < p.End) <= 1));
}
