using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Reads the 第二十条 tables of part 二 from grids, with the text reader's conventions: a caption (a row of the
/// grid or a paragraph before it) names the clause; the "信息内容" row's headers choose the 2019 or the 2021
/// template of the clause (exact labels count double, truncated ones such as "本年新" once, noted F-HDR); each
/// template row found yields a cell for every template column, in order, blank when nothing was written.
/// One grid may hold all clauses (the official form) or one clause each.
/// </summary>
internal sealed class ProactiveGridReader(List<Finding> notes)
{
    private readonly List<ProactiveCell> cells = [];
    private readonly List<Edition> editions = [];
    private readonly HashSet<string> clauses = [];

    public IReadOnlyList<ProactiveCell> Cells => cells;

    /// <summary>The template edition chosen for each clause read (F-VERSION evidence).</summary>
    public IReadOnlyList<Edition> Editions => editions;

    public bool Found => clauses.Count > 0;

    /// <summary>The clause of a caption such as "第二十条第（五）项", or null.</summary>
    public static string? Clause(string text)
    {
        var key = GridLabels.Key(text);
        var at = key.IndexOf("第二十条第(", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var start = at + "第二十条第(".Length;
        var close = key.IndexOf(')', start);
        return close > start && close - start <= 2 ? key[start..close] : null;
    }

    public static bool IsProactive(TableGrid grid)
    {
        for (var r = 0; r < grid.Height; r++)
        {
            foreach (var (_, cell) in GridLabels.DistinctCells(grid, r))
            {
                if (Clause(cell.Text) is not null || GridLabels.Key(cell.Text) == ProactiveTemplates.ContentHeader)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <param name="grid">A grid that <see cref="IsProactive"/>.</param>
    /// <param name="captionClause">The clause a caption paragraph just before the grid named.</param>
    public void Read(TableGrid grid, string? captionClause)
    {
        var rows = Enumerable.Range(0, grid.Height).Select(r => GridLabels.DistinctCells(grid, r).Select(c => c.Cell.Text.Trim()).ToList()).ToList();
        var start = 0;
        var clause = captionClause;
        for (var r = 0; r <= rows.Count; r++)
        {
            var caption = r < rows.Count ? rows[r].Select(Clause).FirstOrDefault(c => c is not null) : null;
            if (r < rows.Count && caption is null)
            {
                continue;
            }
            if (clause is not null && r > start)
            {
                ReadClause(clause, rows[start..r]);
            }
            clause = caption;
            start = r + 1;
        }
    }

    public void NoteMissing(int year)
    {
        if (!Found)
        {
            notes.Add(new Finding(year >= 2021 ? "T2-SHAPE21" : "T2-SHAPE19", Severity.Error,
                "未找到第二部分的表格（第二十条第（一）项等），无法读取主动公开数据。", "二"));
        }
    }

    private void ReadClause(string clause, List<List<string>> rows)
    {
        var candidates = ProactiveTemplates.Candidates(clause);
        if (candidates.Count == 0 || !clauses.Add(clause))
        {
            return;
        }

        var header = rows.FindIndex(row => row.Count > 0 && GridLabels.Key(row[0]) == ProactiveTemplates.ContentHeader);
        var headers = header < 0 ? [] : rows[header].Skip(1).Where(h => h.Length > 0).ToList();
        var dataRows = rows.Where((row, i) => i != header && row.Count > 0).ToList();
        var (table, edition, truncated) = Choose(candidates, headers, dataRows);
        editions.Add(edition);

        ProactiveTemplates.NoteHeader(clause, table, headers.Count, truncated, notes);

        var seen = new HashSet<string>();
        foreach (var data in dataRows)
        {
            if (RowOf(GridLabels.Key(data[0]), table, candidates) is not { } row || !seen.Add(row))
            {
                continue;
            }
            ProactiveTemplates.NoteRowLabel(clause, row, data[0], GridLabels.Key(data[0]), notes);
            for (var col = 0; col < table.Columns.Count; col++)
            {
                cells.Add(ProactiveTemplates.Cell(clause, row, table, col, col + 1 < data.Count ? data[col + 1] : "", notes));
            }
        }
        ProactiveTemplates.NoteMissingRows(clause, table, edition, seen, notes);
    }

    /// <summary>
    /// The template whose header fits best: exact labels count double, truncated ones (matched by position)
    /// once; without a header, the row labels decide.
    /// </summary>
    private static (ProactiveTable Table, Edition Edition, List<(string Written, string Column)> Truncated) Choose(
        List<(ProactiveTable Table, Edition Edition)> candidates, List<string> headers, List<List<string>> rows)
    {
        var best = candidates[0];
        var bestScore = -1;
        var bestTruncated = new List<(string, string)>();
        foreach (var candidate in candidates)
        {
            var (score, truncated) = ProactiveTemplates.HeaderFit(candidate.Table, headers, headers.ConvertAll(GridLabels.Key));
            if (headers.Count == 0)
            {
                score += 2 * rows.Count(row => candidate.Table.Rows.Any(r => GridLabels.Key(r) == GridLabels.Key(row[0])));
            }
            if (score > bestScore)
            {
                (best, bestScore, bestTruncated) = (candidate, score, truncated);
            }
        }
        return (best.Table, best.Edition, bestTruncated);
    }

    /// <summary>The template row a label names, with or without its numbering; the other edition's wording maps by position.</summary>
    private static string? RowOf(string key, ProactiveTable table, List<(ProactiveTable Table, Edition Edition)> candidates)
    {
        var bare = GridLabels.Bare(key);
        foreach (var (candidate, _) in candidates.OrderBy(c => c.Table == table ? 0 : 1))
        {
            for (var r = 0; r < candidate.Rows.Count && r < table.Rows.Count; r++)
            {
                if (GridLabels.Key(candidate.Rows[r]) is var row && (row == key || row == bare))
                {
                    return table.Rows[r];
                }
            }
        }
        return null;
    }
}
