using Workflow.Reports.Model;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Where the seven columns of table 三 (自然人 … 总计) sit in a grid whose columns line up, found by their headers
/// above the first row. A row of such a grid takes its values by column, so a column the template lacks (a 小计) is
/// skipped and a blank cell keeps its place; rows of text written without aligned columns are read by position.
/// </summary>
internal sealed class RequestColumns
{
    private static readonly string[] Names = [.. ReportTemplate.RequestColumns.Select(ChineseText.LabelKeyWithoutQuotes)];

    private static readonly string[] Spanning = ["申请人情况", "法人或其他组织"];

    private readonly Dictionary<int, int[]> byGrid;

    private readonly HashSet<(int Grid, int Column)> extraColumns;

    private RequestColumns(Dictionary<int, int[]> byGrid, List<RegionCell> extra)
    {
        this.byGrid = byGrid;
        extraColumns = [.. extra.Select(h => (h.Grid, h.Column))];
        Extra = [.. extra.Select(h => h.Text).Distinct()];
    }

    /// <summary>Headers of value columns that the template does not have, as written.</summary>
    public IReadOnlyList<string> Extra { get; }

    /// <summary>The header cells from <paramref name="from"/> up to the first row label at <paramref name="to"/>.</summary>
    public static RequestColumns Find(TableRegion region, int from, int to)
    {
        var found = new Dictionary<int, int[]>();
        var headers = new List<RegionCell>();
        for (var i = Math.Max(0, from); i < Math.Min(to, region.Count); i++)
        {
            var cell = region[i];
            if (cell.Grid < 0 || cell.IsValue)
            {
                continue;
            }
            headers.Add(cell);
            var index = Array.IndexOf(Names, region.Key(i));
            if (index < 0)
            {
                continue;
            }
            if (!found.TryGetValue(cell.Grid, out var columns))
            {
                found[cell.Grid] = columns = [.. Enumerable.Repeat(-1, Names.Length)];
            }
            if (columns[index] < 0)
            {
                columns[index] = cell.Column;
            }
        }
        // Headers that line up name seven distinct columns in template order; a header written without its merged
        // cells (a table copied as text) does not, and its rows are read by position.
        var complete = found
            .Where(g => g.Value.All(c => c >= 0) && g.Value.Zip(g.Value.Skip(1)).All(pair => pair.First < pair.Second))
            .ToDictionary(g => g.Key, g => g.Value);
        var extra = headers
            .Where(h => complete.TryGetValue(h.Grid, out var columns) && h.Column > columns.Min() && !columns.Contains(h.Column)
                && !Spanning.Contains(ChineseText.LabelKeyWithoutQuotes(h.Text)))
            .ToList();
        return new RequestColumns(complete, extra);
    }

    /// <summary>
    /// The seven cell texts of a row written on one line of a grid with known columns, or null when the row must be read
    /// by position: when it has no cell at all in one of the columns (a short row), or a value in a column the header
    /// does not name (a stray cell that shifted the others).
    /// </summary>
    public string[]? Read(IReadOnlyList<RegionCell> values)
    {
        if (values.Count == 0 || values.Any(v => v.Line != values[0].Line) || !byGrid.TryGetValue(values[0].Grid, out var columns))
        {
            return null;
        }
        var cells = columns.Select(column => values.FirstOrDefault(v => v.Column == column)).ToList();
        var stray = values.Any(v => !v.IsBlank && !columns.Contains(v.Column) && !extraColumns.Contains((v.Grid, v.Column)));
        return cells.Any(c => c is null) || stray ? null : [.. cells.Select(c => c!.Text)];
    }
}
