using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// Consecutive lines laid out in columns, turned into a grid with one row per line and one cell per column.
/// Value columns are the cells the table's drawn borders make, from the first cell holding a number rightwards, when
/// every row of numbers is ruled alike: a column no row fills (科研机构 left blank throughout) is then a column of
/// blank cells. A table without borders takes its value columns from where the numbers are printed across all rows:
/// every number of a column overlaps the others horizontally (whether the column is left-aligned, centred or
/// right-aligned), so a row with a blank cell keeps its values under the right headings, but a column blank in every
/// row is not seen. Label columns, left of the values, are told apart by where their text starts (indentation).
/// </summary>
internal sealed record TableRegion(IReadOnlyList<VisualLine> Lines)
{
    /// <summary>Extents of numbers closer than this fraction of the type size are one column.</summary>
    private const double ColumnSlack = 0.1;

    /// <summary>Borders of two rows closer than this fraction of the type size are one border.</summary>
    private const double BorderSlack = 0.3;

    /// <summary>Labels starting within about one character of each other are one column.</summary>
    private const double IndentTolerance = 1.0;

    public TableGrid Grid()
    {
        var size = VisualLine.Median(Lines.Select(line => line.Size));
        var runs = Lines.SelectMany(line => line.Runs).ToList();
        var ruled = RuledColumns(size);
        var values = ruled ?? Columns(runs.Where(run => run.IsNumber), size);
        var valuesStart = values.Count == 0 ? double.PositiveInfinity : ruled is not null ? values[0].Left : values[0].Left - size;
        var labels = Indents(runs.Where(run => run.Centre < valuesStart), size);

        var rows = new List<string?[]>(Lines.Count);
        RuledCell? previous = null;
        foreach (var line in Lines)
        {
            var cells = new string?[labels.Count + values.Count];
            foreach (var run in line.Runs)
            {
                var column = run.Centre < valuesStart ? LabelColumn(labels, run) : labels.Count + ValueColumn(values, run);
                cells[column] = cells[column] is null ? run.Text : $"{cells[column]} {run.Text}";
            }
            if (rows.Count > 0 && line.Row is { } row && SameRow(previous, row) && Joins(rows[^1], cells))
            {
                for (var c = 0; c < cells.Length; c++)
                {
                    rows[^1][c] = Join(rows[^1][c], cells[c]);
                }
            }
            else
            {
                rows.Add(cells);
            }
            previous = line.Row;
        }
        return TableGrid.FromRows([.. rows.Select(cells => (IReadOnlyList<TableCell>)[.. cells.Select(text => new TableCell(text ?? ""))])]);
    }

    /// <summary>Lines in one band of drawn cells are one table row (on one page: a row broken by a page is two).</summary>
    private static bool SameRow(RuledCell? previous, RuledCell row) =>
        previous is { } p && Math.Abs(p.Bottom - row.Bottom) < 1 && Math.Abs(p.Top - row.Top) < 1;

    /// <summary>Two lines of one row join unless a column would hold two numbers (rows the borders do not part).</summary>
    private static bool Joins(string?[] above, string?[] below) =>
        !above.Zip(below).Any(pair => pair.First is { } a && pair.Second is { } b && (LineRun.IsNumeric(a) || LineRun.IsNumeric(b)));

    /// <summary>The text of a cell wrapped over lines: Han text runs on without a space.</summary>
    private static string? Join(string? above, string? below) =>
        above is null ? below
        : below is null ? above
        : IsCjk(above[^1]) && IsCjk(below[0]) ? above + below
        : $"{above} {below}";

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>
    /// The cells between the borders of the rows of numbers, from each row's first number on, left to right; null
    /// unless every row of numbers is ruled, rows ruled alike agree on every border (within <see cref="BorderSlack"/>
    /// type sizes), no cell of one row overlaps two of another, and no cell holds two numbers of a line.
    /// </summary>
    private List<(double Left, double Right)>? RuledColumns(double size)
    {
        var cells = new List<(double Left, double Right)>();
        foreach (var line in Lines.Where(line => line.Runs.Any(run => run.IsNumber)))
        {
            var borders = line.Borders;
            var numbers = line.Runs.Where(run => run.IsNumber).ToList();
            if (borders.Count < 2 || numbers.Any(run => run.Centre <= borders[0] || run.Centre >= borders[^1]))
            {
                return null;
            }
            var first = borders.Count(border => border < numbers[0].Centre) - 1;
            for (var i = first; i < borders.Count - 1; i++)
            {
                if (borders[i + 1] - borders[i] < size / 2)
                {
                    // A doubled border line, not a cell.
                    continue;
                }
                var cell = (borders[i], borders[i + 1]);
                if (!cells.Any(known => Math.Abs(known.Left - cell.Item1) <= BorderSlack * size && Math.Abs(known.Right - cell.Item2) <= BorderSlack * size))
                {
                    cells.Add(cell);
                }
            }
            if (numbers.GroupBy(run => borders.Count(border => border < run.Centre)).Any(cell => cell.Count() > 1))
            {
                return null;
            }
        }
        cells.Sort((a, b) => a.Left.CompareTo(b.Left));
        var disjoint = cells.Zip(cells.Skip(1)).All(pair => pair.Second.Left >= pair.First.Right - (BorderSlack * size));
        return cells.Count > 0 && disjoint ? cells : null;
    }

    /// <summary>The horizontal extents covered by the runs, overlapping ones merged, left to right.</summary>
    private static List<(double Left, double Right)> Columns(IEnumerable<LineRun> runs, double size)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var run in runs.OrderBy(run => run.Left))
        {
            if (columns.Count > 0 && run.Left <= columns[^1].Right + (ColumnSlack * size))
            {
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, run.Right));
            }
            else
            {
                columns.Add((run.Left, run.Right));
            }
        }
        return columns;
    }

    /// <summary>The left edges of the label columns: starts of runs clustered within one character.</summary>
    private static List<double> Indents(IEnumerable<LineRun> runs, double size)
    {
        var indents = new List<double>();
        var last = double.NegativeInfinity;
        foreach (var left in runs.Select(run => run.Left).Order())
        {
            if (left - last > IndentTolerance * size)
            {
                indents.Add(left);
            }
            last = left;
        }
        return indents;
    }

    private static int LabelColumn(List<double> indents, LineRun run) =>
        Math.Max(0, indents.FindLastIndex(indent => indent <= run.Left));

    /// <summary>The column whose band holds the run's centre; bands meet halfway between adjacent columns.</summary>
    private static int ValueColumn(List<(double Left, double Right)> columns, LineRun run)
    {
        for (var i = 0; i < columns.Count - 1; i++)
        {
            if (run.Centre < (columns[i].Right + columns[i + 1].Left) / 2)
            {
                return i;
            }
        }
        return columns.Count - 1;
    }
}
