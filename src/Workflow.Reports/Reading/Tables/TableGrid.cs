namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// A table expanded into a rectangle: rows × columns, each merged cell copied into every slot it covers.
/// Spans are clamped (a rowspan never reaches past the last row, a row never grows past
/// <see cref="MaxColumns"/>) so that hostile markup cannot make the grid larger than its source.
/// </summary>
public sealed class TableGrid
{
    /// <summary>The widest official table has 18 columns; anything far wider is not a report table.</summary>
    public const int MaxColumns = 64;

    private readonly GridCell[][] rows;

    private TableGrid(GridCell[][] rows, int width)
    {
        this.rows = rows;
        Width = width;
    }

    public int Height => rows.Length;

    public int Width { get; }

    /// <summary>Slots in a grid: the count readers hold against their cell budget.</summary>
    public int Size => Height * Width;

    public GridCell this[int row, int column] => rows[row][column];

    public IReadOnlyList<GridCell> Row(int row) => rows[row];

    /// <summary>Lays out source rows the way browsers do: each cell takes the first free slot of its row.</summary>
    public static TableGrid FromRows(IReadOnlyList<IReadOnlyList<TableCell>> sourceRows)
    {
        if (!HasMergedCells(sourceRows))
        {
            return Unmerged(sourceRows);
        }
        var height = sourceRows.Count;
        var slots = new List<GridCell?[]>(height);
        for (var r = 0; r < height; r++)
        {
            slots.Add(new GridCell?[MaxColumns]);
        }

        var width = 0;
        for (var r = 0; r < height; r++)
        {
            var column = 0;
            foreach (var cell in sourceRows[r])
            {
                while (column < MaxColumns && slots[r][column] is not null)
                {
                    column++;
                }
                if (column >= MaxColumns)
                {
                    break;
                }
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColumns - column);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, height - r);
                var placed = new GridCell(cell.Text, r, column);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        slots[r + dr][column + dc] ??= placed;
                    }
                }
                column += columnSpan;
                width = Math.Max(width, column);
            }
        }

        var grid = new GridCell[height][];
        for (var r = 0; r < height; r++)
        {
            grid[r] = new GridCell[width];
            for (var c = 0; c < width; c++)
            {
                grid[r][c] = slots[r][c] ?? GridCell.Empty;
            }
        }
        return new TableGrid(grid, width);
    }

    private static bool HasMergedCells(IReadOnlyList<IReadOnlyList<TableCell>> sourceRows)
    {
        foreach (var row in sourceRows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c] is not { ColumnSpan: 1, RowSpan: 1 })
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Rows without merged cells (text read as a table): each cell in its own slot, short rows padded.</summary>
    private static TableGrid Unmerged(IReadOnlyList<IReadOnlyList<TableCell>> sourceRows)
    {
        var widest = 0;
        foreach (var row in sourceRows)
        {
            widest = Math.Max(widest, row.Count);
        }
        var width = Math.Min(MaxColumns, widest);
        var grid = new GridCell[sourceRows.Count][];
        for (var r = 0; r < sourceRows.Count; r++)
        {
            grid[r] = new GridCell[width];
            for (var c = 0; c < width; c++)
            {
                grid[r][c] = c < sourceRows[r].Count ? new GridCell(sourceRows[r][c].Text, r, c) : GridCell.Empty;
            }
        }
        return new TableGrid(grid, width);
    }
}
