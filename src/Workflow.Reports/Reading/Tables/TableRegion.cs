using System.Text;
using Workflow.Reports.Model;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// The cells of the lines where a table is looked for, in reading order, and the one move every table reader makes:
/// find a template label. Consecutive text cells are read as one label, so a label wrapped over lines or cells, or
/// interleaved with the letters of a vertical row header, is found; a label with one character dropped, added or
/// wrong is found when no exact one is.
/// </summary>
internal sealed class TableRegion
{
    /// <summary>Longer text is a sentence, not a label: it is never searched for labels.</summary>
    private const int LongestLabel = 60;

    private readonly string keys;

    // The key of cell i runs from keyStarts[i] to keyStarts[i + 1]; a line break (never part of a key) wherever a
    // value or a sentence interrupts the labels, so that a match never spans one.
    private readonly int[] keyStarts;

    // Each cell's key, made once when first asked for: readers ask for the keys of a region's cells many times.
    private readonly string?[] cellKeys;

    /// <param name="taken">Lines another table has read, left out of this region.</param>
    public TableRegion(IReadOnlyList<DocumentLine> lines, int from, int to, IReadOnlySet<int>? taken = null)
    {
        var cells = new List<RegionCell>();
        for (var l = Math.Max(0, from); l < Math.Min(to, lines.Count); l++)
        {
            if (taken?.Contains(l) == true)
            {
                continue;
            }
            foreach (var cell in lines[l].Cells)
            {
                cells.Add(new RegionCell(cell.Text, l, lines[l].Grid, cell.Column, KindOf(cell.Text)));
            }
        }
        Cells = cells;
        var builder = new StringBuilder();
        keyStarts = new int[cells.Count + 1];
        for (var i = 0; i < cells.Count; i++)
        {
            keyStarts[i] = builder.Length;
            if (!cells[i].IsValue && cells[i].Text.Length <= LongestLabel)
            {
                builder.Append(ChineseText.LabelKeyWithoutQuotes(cells[i].Text));
            }
            else if (builder.Length > 0 && builder[^1] != '\n')
            {
                builder.Append('\n');
            }
        }
        keyStarts[cells.Count] = builder.Length;
        keys = builder.ToString();
        cellKeys = new string?[cells.Count];
    }

    public IReadOnlyList<RegionCell> Cells { get; }

    public int Count => Cells.Count;

    public RegionCell this[int index] => Cells[index];

    /// <summary>The label key of a cell; empty for a value or a sentence.</summary>
    public string Key(int index) => cellKeys[index] ??= keys[keyStarts[index]..keyStarts[index + 1]];

    /// <summary>The first occurrence of <paramref name="key"/> from cell <paramref name="from"/> on, written exactly.</summary>
    public LabelMatch? FindExact(int from, string key)
    {
        if (from >= Count)
        {
            return null;
        }
        var start = keyStarts[from];
        var found = keys.IndexOf(key, start, StringComparison.Ordinal);
        return found < 0 ? null : new LabelMatch(CellAt(found), CellAt(found + key.Length - 1));
    }

    /// <summary>
    /// The first occurrence of <paramref name="key"/> (five or more characters) from cell <paramref name="from"/> on
    /// with one character dropped, added or wrong.
    /// </summary>
    public LabelMatch? FindNear(int from, string key)
    {
        if (from >= Count || key.Length < 5)
        {
            return null;
        }
        var stop = keyStarts[Count];
        for (var p = keyStarts[from]; p < stop; p++)
        {
            if (keys[p] != key[0])
            {
                continue;
            }
            if (FuzzyLength(p, stop, key) is { } length)
            {
                return new LabelMatch(CellAt(p), CellAt(p + length - 1));
            }
        }
        return null;
    }

    /// <summary>
    /// The cells of a range that are values, in order; with <paramref name="shortText"/>, also the words of three
    /// characters or fewer that are no label ("abc", "十二"): written where a number goes, they take its place.
    /// </summary>
    public List<RegionCell> ValuesBetween(int from, int to, bool shortText = false)
    {
        var values = new List<RegionCell>();
        for (var i = Math.Max(0, from); i < Math.Min(to, Count); i++)
        {
            if (Cells[i].IsValue || (shortText && Cells[i].Text.Trim().Length is > 0 and <= 3))
            {
                values.Add(Cells[i]);
            }
        }
        return values;
    }

    /// <summary>
    /// The length of the text at <paramref name="p"/> that is <paramref name="key"/> with at most one edit, or null.
    /// The first and last characters must agree either way, so that a label is never found in the tail of another.
    /// </summary>
    private int? FuzzyLength(int p, int stop, string key)
    {
        foreach (var length in (ReadOnlySpan<int>)[key.Length, key.Length - 1, key.Length + 1])
        {
            if (p + length > stop || keys.AsSpan(p, length).Contains('\n'))
            {
                continue;
            }
            if (keys[p + length - 1] == key[^1] && LabelDistance.WithinOneEdit(keys.AsSpan(p, length), key))
            {
                return length;
            }
        }
        return null;
    }

    /// <summary>The cell whose key holds a position: the last one whose key starts at or before it (cells without a key share their start with the next).</summary>
    private int CellAt(int keyPosition)
    {
        var lo = 0;
        var hi = Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (keyStarts[mid] <= keyPosition)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /// <summary>
    /// Numbers, placeholders and blanks are values, and so is a short unreadable cell with a digit in it ("1O", "x6"),
    /// so that it takes its column and is reported rather than shifting the others.
    /// </summary>
    private static TableCellKind KindOf(string text)
    {
        var kind = CellValue.Parse(text).Kind;
        if (kind != CellKind.Invalid)
        {
            return TableCellKind.Value;
        }
        var trimmed = text.Trim();
        return trimmed.Length <= 3 && trimmed.Any(char.IsAsciiDigit) ? TableCellKind.Value : TableCellKind.Text;
    }
}
