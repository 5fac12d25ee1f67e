using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Reads table 四 from a grid: header rows name each column's group (行政复议, 未经复议直接起诉, 复议后起诉) and
/// outcome (结果维持 … 总计); the first row after them holds the 15 numbers. Without recognisable headers the
/// last 15 columns are read in template order.
/// </summary>
internal sealed class AppealsGridReader(List<Finding> notes)
{
    private const int Count = 15;

    private static readonly string[] HeaderWords =
        [.. ReportTemplate.AppealGroups.Select(GridLabels.Key), .. ReportTemplate.AppealOutcomes.Select(GridLabels.Key), "行政诉讼"];

    public IReadOnlyList<long?>? Values { get; private set; }

    public static bool IsAppeals(TableGrid grid)
    {
        var keys = new HashSet<string>();
        for (var r = 0; r < grid.Height; r++)
        {
            foreach (var (_, cell) in GridLabels.DistinctCells(grid, r))
            {
                keys.Add(GridLabels.Key(cell.Text));
            }
        }
        return keys.Contains("行政复议") && (keys.Contains("行政诉讼") || keys.Contains("复议后起诉"));
    }

    public void Read(TableGrid grid)
    {
        if (Values is not null)
        {
            return;
        }
        var lastHeader = -1;
        for (var r = 0; r < grid.Height; r++)
        {
            if (GridLabels.DistinctCells(grid, r).Any(c => HeaderWords.Contains(GridLabels.Key(c.Cell.Text))))
            {
                lastHeader = r;
            }
        }
        var data = lastHeader + 1;
        if (data >= grid.Height)
        {
            return;
        }

        var columns = Columns(grid, lastHeader);
        var values = new long?[Count];
        for (var i = 0; i < Count; i++)
        {
            values[i] = columns[i] < 0 ? null : Value(grid, data, columns[i], i);
        }
        Values = values;
    }

    private int[] Columns(TableGrid grid, int lastHeader)
    {
        var columns = Enumerable.Repeat(-1, Count).ToArray();
        var groups = ReportTemplate.AppealGroups.Select(GridLabels.Key).ToList();
        var outcomes = ReportTemplate.AppealOutcomes.Select(GridLabels.Key).ToList();
        for (var c = 0; c < grid.Width; c++)
        {
            var group = -1;
            var outcome = -1;
            for (var r = 0; r <= lastHeader; r++)
            {
                var key = GridLabels.Key(grid[r, c].Text);
                group = groups.IndexOf(key) is >= 0 and var g ? g : group;
                outcome = outcomes.IndexOf(key) is >= 0 and var o ? o : outcome;
            }
            if (group >= 0 && outcome >= 0 && columns[group * 5 + outcome] < 0)
            {
                columns[group * 5 + outcome] = c;
            }
        }
        if (columns.All(c => c >= 0))
        {
            return columns;
        }
        notes.Add(new Finding("F-HDR", Severity.Warning, "表四的表头与模板不符，按最后十五列依次读作行政复议、未经复议直接起诉、复议后起诉的结果维持至总计。", "四"));
        return grid.Width >= Count
            ? [.. Enumerable.Range(grid.Width - Count, Count)]
            : [.. Enumerable.Range(0, Count).Select(i => i < grid.Width ? i : -1)];
    }

    private long? Value(TableGrid grid, int row, int column, int index)
    {
        var text = GridLabels.IsOrigin(grid, row, column) ? grid[row, column].Text : "";
        return RequestsTableReader.Count(text, "T4-INT", notes, "四", ReportTemplate.AppealGroups[index / 5], ReportTemplate.AppealOutcomes[index % 5]);
    }

    /// <summary>The 15 values, all blank (with a note) when no table 四 was found.</summary>
    public IReadOnlyList<long?> Finish()
    {
        if (Values is null)
        {
            notes.Add(new Finding("T4-INT", Severity.Error, "未找到第四部分的表格数值（政府信息公开行政复议、行政诉讼情况）。", "四"));
        }
        return Values ?? new long?[Count];
    }
}
