namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Label comparison for table cells: the text reader's key (<see cref="TextToken.KeyOf"/>), and that key
/// without its leading numbering, because Word list numbering leaves "（一）予以公开" as "予以公开".
/// </summary>
internal static class GridLabels
{
    private const string Numerals = "一二三四五六七八九十";

    public static string Key(string text) => TextToken.KeyOf(text);

    /// <summary>"(一)予以公开", "一.本年新收…", "1.属于国家秘密", "1)其他" lose their numbering.</summary>
    public static string Bare(string key)
    {
        var at = 0;
        if (at < key.Length && key[at] == '(')
        {
            var close = key.IndexOf(')', at);
            if (close is > 1 and <= 4 && IsNumber(key.AsSpan(1, close - 1)))
            {
                return key[(close + 1)..].TrimStart('.');
            }
            return key;
        }
        while (at < key.Length && (char.IsAsciiDigit(key[at]) || Numerals.Contains(key[at])) && at < 3)
        {
            at++;
        }
        if (at > 0 && at < key.Length && key[at] is '.' or ')')
        {
            return key[(at + 1)..];
        }
        return key;
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && !Numerals.Contains(c))
            {
                return false;
            }
        }
        return text.Length > 0;
    }

    /// <summary>The cells of a row once each: a cell spanning several columns is listed at its first column only.</summary>
    public static IReadOnlyList<(int Column, GridCell Cell)> DistinctCells(TableGrid grid, int row)
    {
        var cells = new List<(int, GridCell)>();
        GridCell? previous = null;
        for (var c = 0; c < grid.Width; c++)
        {
            var cell = grid[row, c];
            if (cell.OriginRow >= 0 && ReferenceEquals(cell, previous))
            {
                continue;
            }
            cells.Add((c, cell));
            previous = cell;
        }
        return cells;
    }

    /// <summary>True when the slot holds its own cell, not the copy of a cell merged in from the left or above.</summary>
    public static bool IsOrigin(TableGrid grid, int row, int column) =>
        grid[row, column] is { OriginRow: var r, OriginColumn: var c } && r == row && c == column;
}
