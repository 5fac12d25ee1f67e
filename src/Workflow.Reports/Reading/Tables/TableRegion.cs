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
    private readonly string keys;

    // The key of cell i runs from keyStarts[i] to keyStarts[i + 1]; a line break (never part of a key) wherever a
    // value or a sentence interrupts the labels, so that a match never spans one.
    private readonly int[] keyStarts;

    // The text of each cell's range of the keys: its label key, the line break it adds, or nothing.
    private readonly string[] cellKeys;

    /// <param name="taken">Lines another table has read, left out of this region.</param>
    public TableRegion(IReadOnlyList<DocumentLine> lines, int from, int to, IReadOnlySet<int>? taken = null)
    {
        var (first, last) = (Math.Max(0, from), Math.Min(to, lines.Count));
        bool Included(int line) => taken?.Contains(line) != true;
        var count = 0;
        for (var l = first; l < last; l++)
        {
            count += Included(l) ? lines[l].Cells.Count : 0;
        }
        var cells = new RegionCell[count];
        keyStarts = new int[count + 1];
        cellKeys = new string[count];
        var builder = new StringBuilder();
        var i = 0;
        for (var l = first; l < last; l++)
        {
            if (!Included(l))
            {
                continue;
            }
            var lineCells = lines[l].Cells;
            for (var c = 0; c < lineCells.Count; c++)
            {
                var cell = lineCells[c];
                cells[i] = cell;
                keyStarts[i] = builder.Length;
                cellKeys[i] = cell.MayBeLabel ? cell.Key
                    : builder.Length > 0 && builder[^1] != '\n' ? "\n"
                    : "";
                builder.Append(cellKeys[i]);
                i++;
            }
        }
        keyStarts[count] = builder.Length;
        keys = builder.ToString();
        Cells = cells;
    }

    public IReadOnlyList<RegionCell> Cells { get; }

    public int Count => Cells.Count;

    public RegionCell this[int index] => Cells[index];

    /// <summary>The label key of a cell; empty for a value or a sentence.</summary>
    public string Key(int index) => cellKeys[index];

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
            if (Cells[i].IsValue || (shortText && Cells[i].Text.AsSpan().Trim().Length is > 0 and <= 3))
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
}
