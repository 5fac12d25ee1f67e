namespace Workflow.Reports.Reading.PlainText;

/// <summary>
/// Numbers wrapped inside a narrow cell of text laid out in columns (<c>pdftotext -layout</c> of a PDF whose value
/// columns are narrow, as the official Word template's are): 3001 is written "300" on the line above its row and "1" on
/// the line below, at the same character column, with nothing else in that cell. The pieces become one cell of the row,
/// written over lines ("300\n1"): the table reader joins them only when the row's identity confirms the join.
/// </summary>
internal static class WrappedDigits
{
    private sealed record Piece(string Text, int Start, int End);

    public static void Join(List<string> lines, List<List<string>> cells)
    {
        var placed = new List<List<Piece>?>(lines.Count);
        for (var l = 0; l < lines.Count; l++)
        {
            placed.Add(Place(lines[l], cells[l]));
        }
        // A line of pieces holds nothing but digits, and every one of them is a piece of a number wrapped around a row.
        bool IsPieces(int l) => placed[l] is [_, ..] row && row.All(p => IsDigits(p.Text));
        var stacks = new List<(int Row, int Start, List<int> Lines, bool Gap)>();
        for (var r = 1; r + 1 < lines.Count; r++)
        {
            if (placed[r] is not { } row || !row.Any(p => CellValue.Parse(p.Text).Kind == CellKind.Number) || !IsPieces(r - 1) || !IsPieces(r + 1))
            {
                continue;
            }
            foreach (var top in placed[r - 1]!)
            {
                // As many pieces above the row as below it: lines further out are the pieces of the rows around it.
                var above = Column(placed, r, -1, top.Start, IsPieces);
                var below = Column(placed, r, 1, top.Start, IsPieces);
                var reach = Math.Min(above.Count, below.Count);
                (above, below) = (above[..reach], below[..reach]);
                if (reach == 0)
                {
                    continue;
                }
                var width = above.Concat(below).Max(l => At(placed[l]!, top.Start)!.End) - top.Start;
                var middle = At(row, top.Start);
                if (middle is not null ? !IsDigits(middle.Text) : row.Any(p => p.Start < top.Start + width && top.Start < p.End))
                {
                    continue;
                }
                List<int> stack = [.. Enumerable.Reverse(above), .. middle is null ? Array.Empty<int>() : [r], .. below];
                var texts = stack.Select(l => At(placed[l]!, top.Start)!.Text).ToList();
                // Every piece but the last fills the cell's width; the last holds what is left.
                if (texts.SkipLast(1).All(t => t.Length == texts[0].Length) && texts[^1].Length <= texts[0].Length)
                {
                    stacks.Add((r, top.Start, stack, middle is null));
                }
            }
        }
        // A gap in the row where the number stands is the surer sign: a piece is another row's only when no such row claims it.
        var claimed = new HashSet<(int Line, int Start)>();
        foreach (var stack in stacks.OrderBy(s => s.Gap ? 0 : 1).ToList())
        {
            var pieces = stack.Lines.Where(l => l != stack.Row).Select(l => (l, stack.Start)).ToList();
            if (pieces.Any(claimed.Contains))
            {
                stacks.Remove(stack);
                continue;
            }
            claimed.UnionWith(pieces);
        }
        // A line of pieces some number of which belongs to no wrapped number is not a line of pieces.
        stacks.RemoveAll(s => s.Lines.Any(l => l != s.Row && placed[l]!.Any(p => !claimed.Contains((l, p.Start)))));
        foreach (var (r, start, stack, _) in stacks)
        {
            var pieces = stack.Select(l => At(placed[l]!, start)!).ToList();
            foreach (var l in stack)
            {
                placed[l]!.RemoveAll(p => p.Start == start);
            }
            placed[r]!.Add(new Piece(string.Join('\n', pieces.Select(p => p.Text)), start, pieces.Max(p => p.End)));
            placed[r]!.Sort((a, b) => a.Start.CompareTo(b.Start));
            // The row's line shows the first piece where the number stands, so that its columns still line up.
            var line = lines[r].PadRight(start + pieces[0].Text.Length);
            lines[r] = string.Concat(line.AsSpan(0, start), pieces[0].Text, line.AsSpan(start + pieces[0].Text.Length));
        }
        foreach (var l in stacks.SelectMany(s => s.Lines.Append(s.Row)).Distinct())
        {
            cells[l] = [.. placed[l]!.Select(p => p.Text)];
            if (cells[l].Count == 0)
            {
                lines[l] = "";
            }
        }
    }

    /// <summary>The lines of pieces above (<paramref name="step"/> −1) or below (+1) a row, each with a piece starting at <paramref name="start"/>.</summary>
    private static List<int> Column(List<List<Piece>?> placed, int row, int step, int start, Func<int, bool> isPieces)
    {
        var found = new List<int>();
        for (var l = row + step; l >= 0 && l < placed.Count && isPieces(l) && At(placed[l]!, start) is not null; l += step)
        {
            found.Add(l);
        }
        return found;
    }

    private static Piece? At(List<Piece> row, int start) => row.FirstOrDefault(p => p.Start == start);

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>Where each cell of a line starts and ends, in characters; null for a line of bars or tabs, or one whose cells cannot be found in it.</summary>
    private static List<Piece>? Place(string line, List<string> cells)
    {
        if (cells.Count == 0 || line.Contains('\t') || line.Contains('|'))
        {
            return null;
        }
        var row = new List<Piece>(cells.Count);
        var cursor = 0;
        foreach (var cell in cells)
        {
            var at = line.IndexOf(cell, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
            row.Add(new Piece(cell, at, at + cell.Length));
            cursor = at + cell.Length;
        }
        return row;
    }
}
