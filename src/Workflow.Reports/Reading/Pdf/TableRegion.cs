using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// Consecutive lines laid out in columns, turned into a grid with one row per line and one cell per column.
/// Value columns come from where the numbers are printed across all rows: every number of a column overlaps the
/// others horizontally (whether the column is left-aligned, centred or right-aligned), so a row with a blank cell
/// keeps its values under the right headings. Label columns, left of the values, are told apart by where their
/// text starts (indentation).
/// </summary>
internal sealed record TableRegion(IReadOnlyList<VisualLine> Lines)
{
    /// <summary>Extents of numbers closer than this fraction of the type size are one column.</summary>
    private const double ColumnSlack = 0.1;

    /// <summary>Labels starting within about one character of each other are one column.</summary>
    private const double IndentTolerance = 1.0;

    public TableGrid Grid()
    {
        var size = VisualLine.Median(Lines.Select(line => line.Size));
        var runs = Lines.SelectMany(line => line.Runs).ToList();
        var values = Columns(runs.Where(run => run.IsNumber), size);
        var valuesStart = values.Count > 0 ? values[0].Left - size : double.PositiveInfinity;
        var labels = Indents(runs.Where(run => run.Centre < valuesStart), size);

        var rows = new List<IReadOnlyList<TableCell>>(Lines.Count);
        foreach (var line in Lines)
        {
            var cells = new string[labels.Count + values.Count];
            foreach (var run in line.Runs)
            {
                var column = run.Centre < valuesStart ? LabelColumn(labels, run) : labels.Count + ValueColumn(values, run);
                cells[column] = cells[column] is null ? run.Text : $"{cells[column]} {run.Text}";
            }
            rows.Add([.. cells.Select(text => new TableCell(text ?? ""))]);
        }
        return TableGrid.FromRows(rows);
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
