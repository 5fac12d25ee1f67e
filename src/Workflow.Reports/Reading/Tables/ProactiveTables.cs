using System.Text.RegularExpressions;
using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Reads the 第二十条第（X）项 tables of part 二 from its region. Each table starts at its caption and is matched to the
/// 2019 or the 2021 template by its header (exact labels first, then truncated ones such as "本年新" by position and
/// prefix, which earns an F-HDR note), so cells always carry the template's column and row names; a row's values are
/// the value cells after its label.
/// </summary>
internal static partial class ProactiveTables
{
    public static TableRead<IReadOnlyList<ProactiveCell>> Read(TableRegion region, int year, ReadingLog log)
    {
        var captions = new List<(int Index, string Clause)>();
        for (var i = 0; i < region.Count; i++)
        {
            var match = Caption().Match(region.Key(i));
            if (match.Success && captions.All(c => c.Clause != match.Groups[1].Value))
            {
                captions.Add((i, match.Groups[1].Value));
            }
        }

        var captioned = captions.Count > 0;
        if (!captioned)
        {
            captions = Uncaptioned(region);
            if (captions.Count > 0)
            {
                log.Notes.Add(new Finding("F-HDR", Severity.Warning, "第二部分的表格未找到“第二十条第（X）项”标题，按行标题（规章、行政许可……）读取，请核对。", "二"));
                log.Inferred.Add(new InferredCell("二", null, InferenceBasis.TemplateOrder, "表二未找到第二十条各项标题，按行标题归入各项，请核对"));
            }
        }

        var cells = new List<ProactiveCell>();
        var editions = new List<Edition>();
        var used = new HashSet<int>();
        for (var c = 0; c < captions.Count; c++)
        {
            var end = c + 1 < captions.Count ? captions[c + 1].Index + (captioned ? 0 : 1) : region.Count;
            if (ReadTable(region, captions[c].Index, end, captions[c].Clause, log, cells, used) is { } edition)
            {
                editions.Add(edition);
            }
        }

        if (captions.Count == 0)
        {
            log.Notes.Add(new Finding(year >= 2021 ? "T2-SHAPE21" : "T2-SHAPE19", Severity.Error,
                "未找到第二部分的表格（第二十条第（一）项等），无法读取主动公开数据。", "二"));
        }
        return new(cells, editions, TableRead.Spanning(used));
    }

    /// <summary>
    /// Where each clause's table starts when no caption names it (OCR and PDF tools lose caption rows): at the header
    /// (信息内容) before the first label of one of its rows, or just before that label, clause by clause in template order.
    /// </summary>
    private static List<(int Index, string Clause)> Uncaptioned(TableRegion region)
    {
        var starts = new List<(int Index, string Clause)>();
        var from = 0;
        foreach (var clause in new[] { "一", "五", "六", "八", "九" })
        {
            var candidates = ProactiveTemplates.Candidates(clause);
            var label = Enumerable.Range(from, Math.Max(0, region.Count - from)).FirstOrDefault(i => !region[i].IsValue && IsRowLabel(candidates, region.Key(i)), -1);
            if (label < 0)
            {
                continue;
            }
            var header = Enumerable.Range(from, label - from).LastOrDefault(i => IsContentHeader(region.Key(i)), -1);
            // The table is read from the cell after its "caption": the one before its header or first label.
            starts.Add((Math.Max(0, (header >= 0 ? header : label) - 1), clause));
            from = label + 1;
        }
        return starts;
    }

    /// <summary>The clause of a caption such as "第二十条第（五）项", or null.</summary>
    public static string? Clause(string text) =>
        Caption().Match(ChineseText.LabelKeyWithoutQuotes(text)) is { Success: true } match ? match.Groups[1].Value : null;

    private static Edition? ReadTable(TableRegion region, int caption, int end, string clause, ReadingLog log,
        List<ProactiveCell> cells, HashSet<int> used)
    {
        used.Add(region[caption].Line);
        var candidates = ProactiveTemplates.Candidates(clause);
        if (candidates.Count == 0)
        {
            return null;
        }
        var i = caption + 1;
        // Blank cells pad a caption row out to the table's width.
        while (i < end && region[i].IsBlank)
        {
            i++;
        }
        if (i < end && IsContentHeader(region.Key(i)))
        {
            used.Add(region[i].Line);
            i++;
        }
        var headers = new List<string>();
        while (i < end && (region[i].IsBlank || (!region[i].IsValue && !IsRowLabel(candidates, region.Key(i)) && !IsContentHeader(region.Key(i)))))
        {
            if (region.Key(i).Length > 0)
            {
                headers.AddRange(HeaderWords(region[i].Text));
                used.Add(region[i].Line);
            }
            i++;
        }

        var (table, edition, truncated) = Choose(candidates, headers, region, i, end);
        ProactiveTemplates.NoteHeader(clause, table, headers.Count, truncated, log.Notes);

        var seen = new HashSet<string>();
        while (i < end)
        {
            var row = region[i].IsValue ? null : RowOf(region.Key(i), table, candidates);
            if (row is null || !seen.Add(row))
            {
                i++;
                continue;
            }
            used.Add(region[i].Line);
            ProactiveTemplates.NoteRowLabel(clause, row, region[i].Text, region.Key(i), log.Notes);
            var (values, next) = TakeValues(region, i, end, table.Columns.Count);
            foreach (var value in values)
            {
                used.Add(value.Line);
            }
            for (var col = 0; col < table.Columns.Count; col++)
            {
                var written = col < values.Count ? values[col].Text : "";
                if (written.Contains('\n', StringComparison.Ordinal))
                {
                    // A number wrapped inside its cell ("4472" over "28"): table 二 has no identity to confirm the join.
                    var location = $"二/{clause}/{row}/{table.Columns[col]}";
                    var pieces = string.Concat(written.Split('\n', StringSplitOptions.TrimEntries).Select(piece => $"“{piece}”"));
                    log.Notes.Add(new Finding("T2-INT", Severity.Warning, $"单元格内数字折行书写（{pieces}），没有合计关系可确认如何连读，未读取，请核对原文。", location));
                    log.Inferred.Add(new InferredCell(location, null, InferenceBasis.Unresolved, $"数字折行书写（{pieces}），没有合计关系可确认如何连读，此格未读取（留空），请核对"));
                    written = "";
                }
                cells.Add(ProactiveTemplates.Cell(clause, row, table, col, written, log.Notes));
                if (CellValue.Parse(written).Kind == CellKind.Invalid)
                {
                    // Text where a number goes may be a misreading (OCR "1O", a page margin): a doubt, not a block.
                    log.Inferred.Add(new InferredCell($"二/{clause}/{row}/{table.Columns[col]}", null, InferenceBasis.Unresolved, $"单元格写作“{written}”，不是数值，未读取，请核对"));
                }
            }
            i = next;
        }

        ProactiveTemplates.NoteMissingRows(clause, table, edition, seen, log.Notes);
        return edition;
    }

    /// <summary>
    /// Up to <paramref name="count"/> value cells after the label at <paramref name="label"/>, after any wrapped rest of
    /// the label; blank cells that only end a row are not taken when numbers enough follow.
    /// </summary>
    private static (List<RegionCell> Values, int Next) TakeValues(TableRegion region, int label, int end, int count)
    {
        var i = label + 1;
        var skipped = 0;
        while (i < end && !region[i].IsValue && skipped < 2)
        {
            i++;
            skipped++;
        }
        var run = new List<RegionCell>();
        var j = i;
        while (j < end && region[j].IsValue)
        {
            run.Add(region[j]);
            j++;
        }
        if (run.Count == 0)
        {
            return ([], label + 1);
        }
        var filled = run.Where(v => !v.IsBlank).ToList();
        var values = run.Count > count && filled.Count >= count ? filled : run;
        return (values.Take(count).ToList(), j);
    }

    /// <summary>
    /// The template whose header fits best: exact labels count double, truncated ones ("本年新" for 本年新制作数量,
    /// matched by position) once; without a usable header, the row labels decide.
    /// </summary>
    private static (ProactiveTable Table, Edition Edition, List<(string Written, string Column)> Truncated) Choose(
        List<(ProactiveTable Table, Edition Edition)> candidates, List<string> written, TableRegion region, int from, int end)
    {
        var best = candidates[0];
        var bestScore = -1;
        var bestTruncated = new List<(string, string)>();
        var writtenKeys = written.ConvertAll(ChineseText.LabelKeyWithoutQuotes);
        foreach (var candidate in candidates)
        {
            var (score, truncated) = ProactiveTemplates.HeaderFit(candidate.Table, written, writtenKeys);
            for (var i = from; i < end; i++)
            {
                if (!region[i].IsValue && IndexOfRow(candidate.Table, region.Key(i)) >= 0)
                {
                    score += written.Count == 0 ? 2 : 0;
                }
            }
            if (score > bestScore)
            {
                (best, bestScore, bestTruncated) = (candidate, score, truncated);
            }
        }
        return (best.Table, best.Edition, bestTruncated);
    }

    /// <summary>
    /// The column headers a header cell writes: one, or several set apart by spaces on one line ("信息内容 本年制发件数
    /// 本年废止件数 现行有效件数", as <c>pdftotext -raw</c> writes a header row), without the 信息内容 header itself.
    /// </summary>
    private static IEnumerable<string> HeaderWords(string text)
    {
        var words = text.Split((char[])[' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w => w.Length >= 2)
            ? words.Where(w => !IsContentHeader(ChineseText.LabelKeyWithoutQuotes(w)))
            : [text];
    }

    /// <summary>The template row a label names, with or without its numbering; the other edition's wording maps by position.</summary>
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

    private static bool IsRowLabel(List<(ProactiveTable Table, Edition Edition)> candidates, string key) =>
        candidates.Any(c => IndexOfRow(c.Table, key) >= 0);

    private static int IndexOfRow(ProactiveTable table, string key)
    {
        if (key.Length == 0)
        {
            return -1;
        }
        var bare = LabelNumbering.Strip(key);
        var rows = ProactiveTemplates.RowKeys(table);
        for (var r = 0; r < rows.Length; r++)
        {
            if (key == rows[r] || bare == rows[r])
            {
                return r;
            }
        }
        return -1;
    }

    /// <summary>"信息内容", also with a character lost ("息内容": PDF text layers drop the first glyph of a run).</summary>
    private static bool IsContentHeader(string key) =>
        key.Length >= 3 && LabelDistance.WithinOneEdit(key, ProactiveTemplates.ContentHeader);

    /// <summary>"第二十条第（一）项", also without its 第s, as text layers and OCR lose them.</summary>
    [GeneratedRegex(@"^第?二十条第?\(([一二三四五六七八九十]{1,2})\)项")]
    private static partial Regex Caption();
}
