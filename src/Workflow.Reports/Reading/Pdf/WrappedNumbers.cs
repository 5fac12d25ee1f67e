namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// Numbers wrapped inside a narrow cell: LibreOffice breaks a four-digit number of a narrow value column over two
/// lines (3001 as "300" above the row's label line and "1" below it), which would read as two rows. The drawn
/// borders say the pieces are in one cell, so they are joined back into one number, placed on the line in the middle
/// of the pieces, which is the line of the row's label and its other values. Likewise the numbers of one ruled row
/// are set on one line: LibreOffice may centre a row's total a line above its other values (beside the first line of
/// a wrapped label), where it would be read before them.
/// </summary>
internal static class WrappedNumbers
{
    private static readonly string NumberCharacters = "0123456789,.%";

    /// <summary>The page's lines with each wrapped number joined; lines left without runs are dropped.</summary>
    public static IReadOnlyList<VisualLine> Joined(IReadOnlyList<VisualLine> lines, PageRulings rulings)
    {
        if (rulings.IsEmpty)
        {
            return lines;
        }
        var pieces = new List<(int Line, LineRun Run, RuledCell Cell)>();
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var run in lines[i].Runs.Where(run => run.Text.All(NumberCharacters.Contains)))
            {
                if (rulings.CellAt(run.Centre, lines[i].MidY) is { } cell)
                {
                    pieces.Add((i, run, cell));
                }
            }
        }
        var runs = lines.Select(line => line.Runs.ToList()).ToList();
        var changed = false;
        foreach (var cell in pieces.GroupBy(piece => piece.Cell).Where(cell => cell.Select(piece => piece.Line).Distinct().Count() > 1))
        {
            // Lines run top to bottom, so the pieces are in reading order.
            var parts = cell.OrderBy(piece => piece.Line).ToList();
            var text = string.Concat(parts.Select(piece => piece.Run.Text));
            if (!LineRun.IsNumeric(text))
            {
                continue;
            }
            var middle = (lines[parts[0].Line].Baseline + lines[parts[^1].Line].Baseline) / 2;
            var target = Enumerable.Range(parts[0].Line, parts[^1].Line - parts[0].Line + 1)
                .MinBy(i => Math.Abs(lines[i].Baseline - middle));
            foreach (var piece in parts)
            {
                runs[piece.Line].Remove(piece.Run);
            }
            runs[target].Add(new LineRun(text, parts.Min(piece => piece.Run.Left), parts.Max(piece => piece.Run.Right)));
            runs[target].Sort((a, b) => a.Left.CompareTo(b.Left));
            changed = true;
        }
        changed |= AlignRows(lines, rulings, runs);
        return changed
            ? [.. lines.Select((line, i) => line with { Runs = runs[i] }).Where(line => line.Runs.Count > 0)]
            : lines;
    }

    /// <summary>Moves the numbers of each ruled row to the line holding most of them; whether any moved.</summary>
    private static bool AlignRows(IReadOnlyList<VisualLine> lines, PageRulings rulings, List<List<LineRun>> runs)
    {
        var numbers = new List<(int Line, LineRun Run, RuledCell Cell)>();
        for (var i = 0; i < runs.Count; i++)
        {
            foreach (var run in runs[i].Where(run => run.IsNumber))
            {
                if (rulings.CellAt(run.Centre, lines[i].MidY) is { } cell)
                {
                    numbers.Add((i, run, cell));
                }
            }
        }
        var moved = false;
        foreach (var row in numbers.GroupBy(number => (number.Cell.Bottom, number.Cell.Top)))
        {
            var target = row.GroupBy(number => number.Line).MaxBy(line => line.Count())!.Key;
            foreach (var stray in row.Where(number => number.Line != target))
            {
                runs[stray.Line].Remove(stray.Run);
                runs[target].Add(stray.Run);
                moved = true;
            }
            runs[target].Sort((a, b) => a.Left.CompareTo(b.Left));
        }
        return moved;
    }
}
