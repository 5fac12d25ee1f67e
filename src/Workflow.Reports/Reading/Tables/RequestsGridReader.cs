using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Reads table 三 from a grid. The seven value columns are found by their headers (自然人 … 总计), whatever the
/// number of label columns before them; a data row is known by its innermost label (the merged 办理结果 and
/// （三）… group cells repeat in the grid), compared without numbering. Only a cell's own slot is a value: the
/// copy of a merged cell is blank.
/// </summary>
internal sealed class RequestsGridReader(List<Finding> notes)
{
    private static readonly IReadOnlyList<RequestRow> AllRows =
        [.. ReportTemplate.RequestRows2021, .. ReportTemplate.RequestRows2019.Where(r => r.Key == "O")];

    private static readonly Dictionary<string, string> KeyByLabel = AllRows
        .SelectMany(r => new[] { (Match: GridLabels.Bare(GridLabels.Key(r.Label)), Row: r.Key), (Match: RequestsTableReader.MatchKey(r.Label), Row: r.Key) })
        .DistinctBy(x => x.Match)
        .ToDictionary(x => x.Match, x => x.Row);

    private readonly Dictionary<string, IReadOnlyList<long?>> rows = [];

    public IReadOnlyDictionary<string, IReadOnlyList<long?>> Rows => rows;

    public static bool IsRequests(TableGrid grid)
    {
        for (var r = 0; r < grid.Height; r++)
        {
            foreach (var (_, cell) in GridLabels.DistinctCells(grid, r))
            {
                var key = GridLabels.Key(cell.Text);
                if (key == "申请人情况" || key.Contains("本年新收政府信息公开申请", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    public void Read(TableGrid grid)
    {
        var keys = new string?[grid.Height];
        for (var r = 0; r < grid.Height; r++)
        {
            keys[r] = RowKey(grid, r);
        }
        var firstData = Array.FindIndex(keys, k => k is not null);
        if (firstData < 0)
        {
            return;
        }
        var columns = ValueColumns(grid, firstData);
        var labelEnd = columns.Where(c => c >= 0).DefaultIfEmpty(grid.Width).Min();
        NoteExtraColumns(grid, firstData, columns, labelEnd);

        for (var r = firstData; r < grid.Height; r++)
        {
            if (keys[r] is not { } key)
            {
                continue;
            }
            if (rows.ContainsKey(key))
            {
                notes.Add(new Finding("T3-FULL", Severity.Error, $"表三的“{Label(key)}”行出现了两次，只读取第一次。", $"三/{key}"));
                continue;
            }
            var values = new long?[ReportTemplate.RequestColumns.Count];
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = columns[c] < 0 ? null : Count(grid, r, columns[c], key, c);
            }
            rows[key] = values;
        }
    }

    /// <summary>
    /// The key of the innermost template label of a row that is followed by a value (a number, a placeholder or a
    /// blank), or null. Header cells such as "其他" and "总计" equal bare row labels but have no values after them.
    /// </summary>
    private static string? RowKey(TableGrid grid, int row)
    {
        string? label = null;
        foreach (var (_, cell) in GridLabels.DistinctCells(grid, row))
        {
            if (KeyByLabel.TryGetValue(GridLabels.Bare(GridLabels.Key(cell.Text)), out var key)
                || KeyByLabel.TryGetValue(RequestsTableReader.MatchKey(cell.Text), out key))
            {
                label = key;
            }
            else if (label is not null && CellValue.Parse(cell.Text).Kind != CellKind.Invalid)
            {
                return label;
            }
        }
        return null;
    }

    /// <summary>
    /// Grid column of each of the seven template columns (−1 when missing), from the header rows above the first
    /// data row; without recognisable headers, the last seven columns.
    /// </summary>
    private int[] ValueColumns(TableGrid grid, int firstData)
    {
        var names = ReportTemplate.RequestColumns.Select(GridLabels.Key).ToList();
        var columns = Enumerable.Repeat(-1, names.Count).ToArray();
        for (var c = 0; c < grid.Width; c++)
        {
            for (var r = 0; r < firstData; r++)
            {
                var index = names.IndexOf(GridLabels.Key(grid[r, c].Text));
                if (index >= 0 && columns[index] < 0)
                {
                    columns[index] = c;
                    break;
                }
            }
        }
        if (columns.All(c => c >= 0))
        {
            return columns;
        }
        var missing = string.Join("、", ReportTemplate.RequestColumns.Where((_, i) => columns[i] < 0));
        notes.Add(new Finding("F-HDR", Severity.Warning, $"表三的表头找不到列“{missing}”，按最后七列依次读作自然人至总计。", "三"));
        return grid.Width >= names.Count
            ? [.. Enumerable.Range(grid.Width - names.Count, names.Count)]
            : [.. Enumerable.Range(0, names.Count).Select(i => i < grid.Width ? i : -1)];
    }

    private void NoteExtraColumns(TableGrid grid, int firstData, int[] columns, int labelEnd)
    {
        for (var c = labelEnd; c < grid.Width; c++)
        {
            if (columns.Contains(c) || !GridLabels.IsOrigin(grid, firstData, c))
            {
                continue;
            }
            var header = Enumerable.Range(0, firstData).Select(r => grid[r, c].Text.Trim()).LastOrDefault(t => t.Length > 0) ?? "";
            notes.Add(new Finding("T3-FULL", Severity.Error, $"表三多出一列“{header}”，模板只有自然人、五类法人或其他组织和总计共七列；该列未读取。", "三"));
        }
    }

    /// <summary>A value slot: only a cell's own slot counts, the copy of a merged cell is blank.</summary>
    private long? Count(TableGrid grid, int row, int column, string key, int index)
    {
        var text = GridLabels.IsOrigin(grid, row, column) ? grid[row, column].Text : "";
        return RequestsTableReader.Count(text, "T3-INT", notes, "三", key, ReportTemplate.RequestColumns[index]);
    }

    /// <summary>Notes the table missing or rows the layout has and the grids did not; returns the editions the rows show.</summary>
    public IReadOnlyList<Edition> Finish()
    {
        if (rows.Count == 0)
        {
            notes.Add(new Finding("T3-FULL", Severity.Error, "未找到第三部分的表格（收到和处理政府信息公开申请情况），无法读取申请数据。", "三"));
            return [];
        }
        var is2021 = rows.Keys.Any(k => k is "O1" or "O2" or "O3");
        var layout = is2021 || !rows.ContainsKey("O") ? ReportTemplate.RequestRows2021 : ReportTemplate.RequestRows2019;
        foreach (var row in layout.Where(r => !rows.ContainsKey(r.Key)))
        {
            notes.Add(new Finding("T3-FULL", Severity.Error, $"表三缺少“{row.Label}”行。", $"三/{row.Key}"));
        }
        return rows.ContainsKey("O") ? [Edition.Format2019] : is2021 ? [Edition.Format2021] : [];
    }

    private static string Label(string key) => AllRows.First(r => r.Key == key).Label;
}
