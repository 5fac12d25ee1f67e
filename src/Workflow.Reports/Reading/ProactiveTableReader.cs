using System.Text.RegularExpressions;
using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading;

/// <summary>
/// Reads the 第二十条第（X）项 tables of part 二. Each table is matched to the 2019 or the 2021 template by its
/// header (exact labels first, then truncated ones such as "本年新" by position and prefix, which earns an
/// F-HDR note), so cells always carry the template's column and row names.
/// </summary>
internal static partial class ProactiveTableReader
{
    public static TableReading<IReadOnlyList<ProactiveCell>> Read(TokenStream stream, int year, List<Finding> notes)
    {
        var captions = new List<(int Index, string Clause)>();
        for (var i = 0; i < stream.Count; i++)
        {
            // The pattern is anchored at 第二十条; testing that prefix first spares running it on every fragment.
            if (stream[i].IsValue || !stream.Key(i).StartsWith("第二十条", StringComparison.Ordinal))
            {
                continue;
            }
            var match = Caption().Match(stream.Key(i).ToString());
            if (match.Success)
            {
                captions.Add((i, match.Groups[1].Value));
            }
        }

        var cells = new List<ProactiveCell>();
        var editions = new List<Edition>();
        var used = new List<int>();
        for (var c = 0; c < captions.Count; c++)
        {
            var end = c + 1 < captions.Count ? captions[c + 1].Index : stream.Count;
            if (ReadTable(stream, captions[c].Index, end, captions[c].Clause, notes, cells, used) is { } edition)
            {
                editions.Add(edition);
            }
        }

        if (captions.Count == 0)
        {
            notes.Add(new Finding(year >= 2021 ? "T2-SHAPE21" : "T2-SHAPE19", Severity.Error,
                "未找到第二部分的表格（第二十条第（一）项等），无法读取主动公开数据。", "二"));
        }
        return new TableReading<IReadOnlyList<ProactiveCell>>(cells, editions, stream.Span(used));
    }

    private static Edition? ReadTable(TokenStream stream, int caption, int end, string clause, List<Finding> notes,
        List<ProactiveCell> cells, List<int> used)
    {
        used.Add(caption);
        var candidates = ProactiveTemplates.Candidates(clause);
        if (candidates.Count == 0)
        {
            return null;
        }
        var i = caption + 1;
        if (i < end && stream.Key(i).SequenceEqual(ProactiveTemplates.ContentHeader))
        {
            used.Add(i);
            i++;
        }
        var headers = new List<int>();
        while (i < end && !stream[i].IsValue && !IsRowLabel(candidates, stream.Key(i))
            && !stream.Key(i).SequenceEqual(ProactiveTemplates.ContentHeader))
        {
            headers.Add(i++);
        }
        used.AddRange(headers);

        var (table, edition, truncated) = Choose(candidates, headers, stream, i, end);
        ProactiveTemplates.NoteHeader(clause, table, headers.Count, truncated, notes);

        var seen = new HashSet<string>();
        while (i < end)
        {
            var row = stream[i].IsValue ? null : RowOf(stream.Key(i), table, candidates);
            if (row is null || !seen.Add(row))
            {
                i++;
                continue;
            }
            used.Add(i);
            ProactiveTemplates.NoteRowLabel(clause, row, stream.Text(i), stream.Key(i), notes);
            var (first, count, next) = stream.TakeValues(i, table.Columns.Count);
            used.AddRange(Enumerable.Range(first, count));
            for (var col = 0; col < table.Columns.Count; col++)
            {
                var written = col < count ? stream.Text(first + col).ToString() : "";
                cells.Add(ProactiveTemplates.Cell(clause, row, table, col, written, notes));
            }
            i = Math.Max(next, i + 1);
        }

        ProactiveTemplates.NoteMissingRows(clause, table, edition, seen, notes);
        return edition;
    }

    /// <summary>
    /// The template whose header fits best: exact labels count double, truncated ones ("本年新" for
    /// 本年新制作数量, matched by position) once; without a usable header, the row labels decide.
    /// </summary>
    private static (ProactiveTable Table, Edition Edition, List<(string Written, string Column)> Truncated) Choose(
        List<(ProactiveTable Table, Edition Edition)> candidates, List<int> headers, TokenStream stream, int from, int end)
    {
        var best = candidates[0];
        var bestScore = -1;
        var bestTruncated = new List<(string, string)>();
        var written = headers.ConvertAll(h => stream.Text(h).ToString());
        var writtenKeys = headers.ConvertAll(h => stream.Key(h).ToString());
        foreach (var candidate in candidates)
        {
            var (score, truncated) = ProactiveTemplates.HeaderFit(candidate.Table, written, writtenKeys);
            for (var i = from; i < end; i++)
            {
                if (!stream[i].IsValue && IndexOfRow(candidate.Table, stream.Key(i)) >= 0)
                {
                    score += headers.Count == 0 ? 2 : 0;
                }
            }
            if (score > bestScore)
            {
                (best, bestScore, bestTruncated) = (candidate, score, truncated);
            }
        }
        return (best.Table, best.Edition, bestTruncated);
    }

    /// <summary>The template row a label names; the other edition's wording of the same row maps by position.</summary>
    private static string? RowOf(ReadOnlySpan<char> key, ProactiveTable table, List<(ProactiveTable Table, Edition Edition)> candidates)
    {
        var index = IndexOfRow(table, key);
        if (index >= 0)
        {
            return table.Rows[index];
        }
        foreach (var (other, _) in candidates)
        {
            var otherIndex = IndexOfRow(other, key);
            if (otherIndex >= 0 && otherIndex < table.Rows.Count)
            {
                return table.Rows[otherIndex];
            }
        }
        return null;
    }

    private static bool IsRowLabel(List<(ProactiveTable Table, Edition Edition)> candidates, ReadOnlySpan<char> key)
    {
        foreach (var (table, _) in candidates)
        {
            if (IndexOfRow(table, key) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static int IndexOfRow(ProactiveTable table, ReadOnlySpan<char> key)
    {
        var rows = ProactiveTemplates.RowKeys(table);
        for (var r = 0; r < rows.Length; r++)
        {
            if (key.SequenceEqual(rows[r]))
            {
                return r;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"^第二十条第?\(([一二三四五六七八九十]{1,2})\)项")]
    private static partial Regex Caption();
}
