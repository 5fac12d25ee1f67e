namespace Workflow.Reports.Reading.PlainText;

/// <summary>
/// Rows of a table drawn with a rule between every two rows (<c>w3m -dump</c>, box-drawn text): the lines between two
/// rules are one row, its cells wrapped over them. A label wrapped over three lines with its number on the middle one
/// is then one row with its number, not three rows of which only the middle one has a value. A table that rules only
/// under its header (markdown, the output of a database shell) is left line by line.
/// </summary>
internal static class BoxedRows
{
    /// <summary>A table rules its rows when it has at least this many runs of lines between rules…</summary>
    private const int LeastRows = 4;

    /// <summary>…and at least one rule for every this many lines.</summary>
    private const int LinesPerRule = 3;

    /// <summary>Joins each row's lines into its first line (the others left empty, so no longer a row).</summary>
    public static void Join(List<string> lines, List<List<string>> cells, List<bool> ruledAbove)
    {
        var at = 0;
        while (at < lines.Count)
        {
            if (!IsBarRow(lines[at]))
            {
                at++;
                continue;
            }
            var end = at;
            while (end < lines.Count && IsBarRow(lines[end]))
            {
                end++;
            }
            JoinTable(lines, cells, ruledAbove, at, end);
            at = end;
        }
    }

    private static bool IsBarRow(string line) => line.Contains('|', StringComparison.Ordinal);

    /// <summary>The lines from <paramref name="from"/> to <paramref name="to"/> are one table of bar rows.</summary>
    private static void JoinTable(List<string> lines, List<List<string>> cells, List<bool> ruledAbove, int from, int to)
    {
        var rules = Enumerable.Range(from + 1, to - from - 1).Count(l => ruledAbove[l]);
        if (rules + 1 < LeastRows || (rules + 1) * LinesPerRule < to - from)
        {
            return;
        }
        var first = from;
        for (var l = from + 1; l <= to; l++)
        {
            if (l < to && !ruledAbove[l] && cells[l].Count == cells[first].Count)
            {
                continue;
            }
            if (l - first > 1)
            {
                for (var c = 0; c < cells[first].Count; c++)
                {
                    cells[first][c] = string.Concat(Enumerable.Range(first, l - first).Select(r => cells[r][c]));
                }
                for (var r = first + 1; r < l; r++)
                {
                    cells[r] = [];
                    lines[r] = "";
                }
            }
            first = l;
        }
    }
}
