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
            if (stream[i].IsValue || !stream[i].Key.StartsWith("第二十条", StringComparison.Ordinal))
            {
                continue;
            }
            var match = Caption().Match(stream[i].Key);
            if (match.Success)
            {
                captions.Add((i, match.Groups[1].Value));
            }
        }

        var cells = new List<ProactiveCell>();
        var editions = new List<Edition>();
        var used = new List<TextToken>();
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
        return new TableReading<IReadOnlyList<ProactiveCell>>(cells, editions, LineSpan.Of(used));
    }

    private static Edition? ReadTable(TokenStream stream, int caption, int end, string clause, List<Finding> notes,
        List<ProactiveCell> cells, List<TextToken> used)
    {
        used.Add(stream[caption]);
        var candidates = ProactiveTemplates.Candidates(clause);
        if (candidates.Count == 0)
        {
            return null;
        }
        var rowKeys = candidates.SelectMany(c => ProactiveTemplates.RowKeys(c.Table)).ToHashSet();

        var i = caption + 1;
        if (i < end && stream[i].Key == ProactiveTemplates.ContentHeader)
        {
            used.Add(stream[i]);
            i++;
        }
        var headers = new List<TextToken>();
        while (i < end && !stream[i].IsValue && !rowKeys.Contains(stream[i].Key) && stream[i].Key != ProactiveTemplates.ContentHeader)
        {
            headers.Add(stream[i++]);
        }
        used.AddRange(headers);

        var (table, edition, truncated) = Choose(candidates, headers, stream, i, end);
        ProactiveTemplates.NoteHeader(clause, table, headers.Count, truncated, notes);

        var seen = new HashSet<string>();
        while (i < end)
        {
            var row = stream[i].IsValue ? null : RowOf(stream[i].Key, table, candidates);
            if (row is null || !seen.Add(row))
            {
                i++;
                continue;
            }
            used.Add(stream[i]);
            ProactiveTemplates.NoteRowLabel(clause, row, stream[i].Text, stream[i].Key, notes);
            var (values, next) = stream.TakeValues(i, table.Columns.Count);
            used.AddRange(values);
            for (var col = 0; col < table.Columns.Count; col++)
            {
                var cell = col < values.Count ? values[col].Cell : CellValue.Parse("");
                cells.Add(ProactiveTemplates.Cell(clause, row, table, col, cell, notes));
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
        List<(ProactiveTable Table, Edition Edition)> candidates, List<TextToken> headers, TokenStream stream, int from, int end)
    {
        var best = candidates[0];
        var bestScore = -1;
        var bestTruncated = new List<(string, string)>();
        foreach (var candidate in candidates)
        {
            var (score, truncated) = ProactiveTemplates.HeaderFit(candidate.Table, headers.ConvertAll(h => h.Text), headers.ConvertAll(h => h.Key));
            for (var i = from; i < end; i++)
            {
                if (!stream[i].IsValue && Array.IndexOf(ProactiveTemplates.RowKeys(candidate.Table), stream[i].Key) >= 0)
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
    private static string? RowOf(string key, ProactiveTable table, List<(ProactiveTable Table, Edition Edition)> candidates)
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

    private static int IndexOfRow(ProactiveTable table, string key) => Array.IndexOf(ProactiveTemplates.RowKeys(table), key);

    [GeneratedRegex(@"^第二十条第?\(([一二三四五六七八九十]{1,2})\)项")]
    private static partial Regex Caption();
}
