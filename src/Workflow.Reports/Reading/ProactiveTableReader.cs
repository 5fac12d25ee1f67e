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
    private const string ContentHeader = "信息内容";

    // Every template label is compared with many fragments; their keys are computed once.
    private static readonly Dictionary<ProactiveTable, (string[] Rows, string[] Columns)> TemplateKeys =
        ReportTemplate.Proactive2019.Concat(ReportTemplate.Proactive2021).ToDictionary<ProactiveTable, ProactiveTable, (string[], string[])>(
            t => t,
            t => (t.Rows.Select(TextToken.KeyOf).ToArray(), t.Columns.Select(TextToken.KeyOf).ToArray()),
            ReferenceEqualityComparer.Instance);

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
        var t2019 = ReportTemplate.Proactive2019.FirstOrDefault(t => t.Clause == clause);
        var t2021 = ReportTemplate.Proactive2021.FirstOrDefault(t => t.Clause == clause);
        var candidates = new[] { (Table: t2021, Edition: Edition.Format2021), (Table: t2019, Edition: Edition.Format2019) }
            .Where(c => c.Table is not null)
            .Select(c => (Table: c.Table!, c.Edition))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var rowKeys = candidates.SelectMany(c => TemplateKeys[c.Table].Rows).ToHashSet();

        var i = caption + 1;
        if (i < end && stream[i].Key == ContentHeader)
        {
            used.Add(stream[i]);
            i++;
        }
        var headers = new List<TextToken>();
        while (i < end && !stream[i].IsValue && !rowKeys.Contains(stream[i].Key) && stream[i].Key != ContentHeader)
        {
            headers.Add(stream[i++]);
        }
        used.AddRange(headers);

        var (table, edition, truncated) = Choose(candidates, headers, stream, i, end);
        var location = $"二/{clause}";
        foreach (var (written, column) in truncated)
        {
            notes.Add(new Finding("F-HDR", Severity.Warning, $"表头不完整：“{written}”应为“{column}”。", $"{location}/表头"));
        }
        if (headers.Count > 0 && headers.Count != table.Columns.Count)
        {
            notes.Add(new Finding("F-HDR", Severity.Warning,
                $"第二十条第（{clause}）项表头有{headers.Count}列，模板为{table.Columns.Count}列（{string.Join("、", table.Columns)}）。",
                $"{location}/表头"));
        }

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
            if (TextToken.KeyOf(row) != stream[i].Key)
            {
                notes.Add(new Finding("F-HDR", Severity.Warning, $"行标题“{stream[i].Text}”与模板“{row}”不一致。", $"{location}/{row}"));
            }
            var (values, next) = stream.TakeValues(i, table.Columns.Count);
            used.AddRange(values);
            for (var col = 0; col < table.Columns.Count; col++)
            {
                var cell = col < values.Count ? values[col].Cell : CellValue.Parse("");
                cells.Add(Cell(clause, row, table, col, cell, notes));
            }
            i = Math.Max(next, i + 1);
        }

        foreach (var missing in table.Rows.Where(r => !seen.Contains(r)))
        {
            notes.Add(new Finding(edition == Edition.Format2021 ? "T2-SHAPE21" : "T2-SHAPE19", Severity.Error,
                $"第二十条第（{clause}）项缺少“{missing}”行。", $"{location}/{missing}"));
        }
        return edition;
    }

    internal static ProactiveCell Cell(string clause, string row, ProactiveTable table, int column, CellValue cell, List<Finding> notes)
    {
        var location = $"二/{clause}/{row}/{table.Columns[column]}";
        switch (cell.Kind)
        {
            case CellKind.Invalid:
                notes.Add(new Finding("T2-INT", Severity.Error, $"单元格“{cell.Raw}”不是数值。", location));
                break;
            case CellKind.Placeholder:
                notes.Add(new Finding("T2-INT", Severity.Warning, $"单元格写作“{cell.Raw}”，没有数值，请填写数字（没有则填0）。", location));
                break;
        }
        // Only a unit written in the cell: the 万元 of 第（八）项 is in its column name already.
        return new ProactiveCell(clause, row, table.Columns[column], cell.Raw, cell.Value, cell.Unit);
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
            var score = 0;
            var truncated = new List<(string, string)>();
            for (var h = 0; h < headers.Count && h < candidate.Table.Columns.Count; h++)
            {
                var written = headers[h].Key;
                var column = TemplateKeys[candidate.Table].Columns[h];
                if (written == column)
                {
                    score += 2;
                }
                else if (written.Length >= 2 && column.StartsWith(written, StringComparison.Ordinal))
                {
                    score += 1;
                    truncated.Add((headers[h].Text, candidate.Table.Columns[h]));
                }
            }
            for (var i = from; i < end; i++)
            {
                if (!stream[i].IsValue && Array.IndexOf(TemplateKeys[candidate.Table].Rows, stream[i].Key) >= 0)
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

    private static int IndexOfRow(ProactiveTable table, string key) => Array.IndexOf(TemplateKeys[table].Rows, key);

    [GeneratedRegex(@"^第二十条第?\(([一二三四五六七八九十]{1,2})\)项")]
    private static partial Regex Caption();
}
