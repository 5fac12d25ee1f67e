namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// What a table reader found: the value (cells, rows or the 15 appeal values), the template editions its labels show
/// (F-VERSION evidence), and the document lines it spans (left out of the part's free text).
/// </summary>
internal sealed record TableRead<T>(T Value, IReadOnlyList<Model.Edition> Editions, IReadOnlySet<int> Lines)
{
    /// <summary>The lines it took cells from (within <see cref="Lines"/>), which no other table reads.</summary>
    public IReadOnlySet<int> Taken { get; init; } = Lines;
}

/// <summary>What every table reader does with the lines it took cells from.</summary>
internal static class TableRead
{
    /// <summary>Every line from the first to the last taken: the table's lines, prose between its rows included.</summary>
    public static HashSet<int> Spanning(HashSet<int> used)
    {
        if (used.Count == 0)
        {
            return used;
        }
        var (first, last) = (used.Min(), used.Max());
        var spanning = new HashSet<int>(last - first + 1);
        for (var line = first; line <= last; line++)
        {
            spanning.Add(line);
        }
        return spanning;
    }
}
