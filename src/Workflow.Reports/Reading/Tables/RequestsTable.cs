using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Reads table 三 from its region. Rows are found by label in template order (numbering, brackets, quotes, spaces,
/// wraps and a typo of one character do not matter); a row's values are the value cells between its label and the
/// next row's, fitted to the seven columns by <see cref="RowFit"/>. Labels written without their values, followed by
/// the values of several rows at once, take them in template order. The 2019 layout (one （六）其他处理 row, key O) is
/// recognised by the absence of the 2021 sub-rows.
/// </summary>
internal static class RequestsTable
{
    private static readonly RowShape Shape = new(ReportTemplate.RequestColumns.Count, ReportTemplate.RequestColumns.Count);

    private static readonly string[] Markers2021 = ["申请人无正当理由", "逾期未按收费通知", "逾期不补正"];

    public static TableRead<IReadOnlyDictionary<string, IReadOnlyList<long?>>> Read(TableRegion region, ReadingLog log)
    {
        var rows = new Dictionary<string, IReadOnlyList<long?>>();
        var start = Start(region);
        if (start is null)
        {
            log.Notes.Add(new Finding("T3-FULL", Severity.Error, "未找到第三部分的表格（收到和处理政府信息公开申请情况），无法读取申请数据。", "三"));
            return new(rows, [], new HashSet<int>());
        }
        var layout = Is2021(region, start.Value) ? ReportTemplate.RequestRows2021 : ReportTemplate.RequestRows2019;
        var anchors = Anchors(region, start.Value, layout);
        var used = new HashSet<int> { region[start.Value].Line };
        foreach (var match in anchors.Values)
        {
            for (var i = match.Start; i <= match.End; i++)
            {
                used.Add(region[i].Line);
            }
        }

        var columns = RequestColumns.Find(region, start.Value, anchors.Values.Select(a => a.Start).DefaultIfEmpty(region.Count).Min());
        foreach (var extra in columns.Extra)
        {
            log.Notes.Add(new Finding("T3-FULL", Severity.Warning, $"表三多出一列“{extra}”，模板只有自然人、五类法人或其他组织和总计共七列；该列未读取。", "三"));
        }
        var firstValueColumns = FirstValueColumns(region);
        var fittedRows = new List<(RequestRow Row, FittedRow Fitted, InferenceBasis? Basis)>();
        foreach (var (row, values, basis, below) in Assign(region, layout, anchors))
        {
            foreach (var value in values.Concat(below))
            {
                used.Add(value.Line);
            }
            var fitted = below.Count > 0
                ? RowFit.FitLines([.. values.Select(v => v.Text)], [.. below.Select(v => v.Text)], Shape)
                : columns.Read(values) is { } byColumn && basis is null
                ? new FittedRow(byColumn, new InferenceBasis?[byColumn.Length], null)
                : RowFit.Fit([.. values.Where(v => !IsLabelPadding(v, firstValueColumns)).Select(v => v.Text)], Shape);
            fittedRows.Add((row, fitted, basis));
        }
        fittedRows = [.. fittedRows.OrderBy(x => TemplateIndex(layout, x.Row))];
        foreach (var (row, fitted, basis) in ColumnChoice.Resolve(fittedRows, layout))
        {
            rows[row.Key] = Counts(row, fitted, basis, log);
        }

        foreach (var row in layout.Where(r => !rows.ContainsKey(r.Key)))
        {
            log.Notes.Add(new Finding("T3-FULL", Severity.Warning, $"未能读取表三“{row.Label}”行，请核对该行是否填写。", $"三/{row.Key}"));
            log.Inferred.Add(new InferredCell($"三/{row.Key}", null, InferenceBasis.Unresolved, $"未找到“{row.Label}”行"));
        }
        Edition[] editions = rows.ContainsKey("O") ? [Edition.Format2019]
            : rows.Keys.Any(k => k.StartsWith('O')) ? [Edition.Format2021]
            : [];
        return new(rows, editions, TableRead.Spanning(used)) { Taken = used };
    }

    /// <summary>Where a row sits in its layout (compared by reference: the layouts are the template's own rows).</summary>
    private static int TemplateIndex(IReadOnlyList<RequestRow> layout, RequestRow row)
    {
        for (var i = 0; i < layout.Count; i++)
        {
            if (ReferenceEquals(layout[i], row))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The column of the first number of each grid.</summary>
    private static Dictionary<int, int> FirstValueColumns(TableRegion region)
    {
        var first = new Dictionary<int, int>();
        foreach (var cell in region.Cells)
        {
            if (cell.Grid >= 0 && cell.IsValue && !cell.IsBlank && (!first.TryGetValue(cell.Grid, out var column) || cell.Column < column))
            {
                first[cell.Grid] = cell.Column;
            }
        }
        return first;
    }

    /// <summary>
    /// A blank cell of a grid left of every number the grid holds pads the label columns (a row whose label spans them
    /// in the source), not a value.
    /// </summary>
    private static bool IsLabelPadding(RegionCell cell, Dictionary<int, int> firstValueColumns) =>
        cell.IsBlank && firstValueColumns.TryGetValue(cell.Grid, out var first) && cell.Column < first;

    /// <summary>
    /// Where the rows begin: the header (申请人情况, the 勾稽 note) or the first row's label, whichever comes first (a
    /// note written under the table must not hide its rows).
    /// </summary>
    private static int? Start(TableRegion region)
    {
        int? header = null;
        for (var i = 0; i < region.Count && header is null; i++)
        {
            var key = region.Key(i);
            if (key.Contains("勾稽关系", StringComparison.Ordinal) || key.StartsWith("申请人情况", StringComparison.Ordinal))
            {
                header = i;
            }
        }
        var first = RowLabels.Find(region, 0, ReportTemplate.RequestRows2021[0])?.Start;
        return header is { } h && first is { } f ? Math.Min(h, f) : header ?? first;
    }

    private static bool Is2021(TableRegion region, int start)
    {
        var otherHandling = false;
        for (var i = start; i < region.Count; i++)
        {
            var key = region.Key(i);
            foreach (var marker in Markers2021)
            {
                if (key.Contains(marker, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            otherHandling |= key.Contains("其他处理", StringComparison.Ordinal);
        }
        return !otherHandling;
    }

    /// <summary>The label of each template row found, searched in template order from the previous row's label on.</summary>
    private static Dictionary<string, LabelMatch> Anchors(TableRegion region, int start, IReadOnlyList<RequestRow> layout)
    {
        var anchors = new Dictionary<string, LabelMatch>(layout.Count);
        var cursor = start;
        foreach (var row in layout)
        {
            if (RowLabels.Find(region, cursor, row) is { } match)
            {
                anchors[row.Key] = match;
                cursor = match.End + 1;
            }
        }
        return anchors;
    }

    /// <summary>
    /// The value cells of each row: those between its label and the next label found. A row written without values
    /// waits for the next values; a run of values for several rows (labels and values written apart, or rows whose label
    /// was not found) is shared out in template order when it holds exactly seven values for each.
    /// </summary>
    private static IEnumerable<(RequestRow Row, List<RegionCell> Values, InferenceBasis? Basis, List<RegionCell> Below)> Assign(
        TableRegion region, IReadOnlyList<RequestRow> layout, Dictionary<string, LabelMatch> anchors)
    {
        var found = layout.Where(r => anchors.ContainsKey(r.Key)).ToList();
        var waiting = new List<(RequestRow Row, List<RegionCell> Values)>();
        for (var f = 0; f < found.Count; f++)
        {
            var row = found[f];
            var last = f + 1 == found.Count;
            var (from, to) = (anchors[row.Key].End + 1, last ? region.Count : anchors[found[f + 1].Key].Start);
            // A label with values on its own line of a grid owns those cells only; blank cells of the next line before
            // its label are that line's padding. Values on later lines belong to the label when its line has none.
            var line = region[anchors[row.Key].End].Line;
            var onLine = region.ValuesBetween(from, to).Where(v => v.Line == line).ToList();
            var unfound = last ? [] : layout.SkipWhile(r => r != row).Skip(1).TakeWhile(r => r != found[f + 1]).ToList();
            if (onLine.Any(v => !v.IsBlank))
            {
                var lineEnd = from + region.Cells.Skip(from).TakeWhile(c => c.Line == line).Count();
                // Lines of values after it, before the next label found, are the rows whose labels were not found.
                var later = region.ValuesBetween(lineEnd, to).Where(v => !v.IsBlank).ToList();
                if (unfound.Count > 0 && later.Count == Shape.Count * unfound.Count)
                {
                    for (var u = 0; u < unfound.Count; u++)
                    {
                        yield return (unfound[u], later.GetRange(u * Shape.Count, Shape.Count), InferenceBasis.TemplateOrder, []);
                    }
                    unfound = [];
                }
                else if (unfound.Count == 0 && later.Count > 0 && onLine.Count(v => !v.IsBlank) + later.Count == Shape.Count)
                {
                    // The rest of the row's values on the lines below its label's first line (a wrapped label): one row
                    // written on two lines, in an order across them the identity decides.
                    foreach (var (waitingRow, own) in waiting)
                    {
                        yield return (waitingRow, own, null, []);
                    }
                    waiting.Clear();
                    yield return (row, [.. onLine.Where(v => !v.IsBlank)], null, later);
                    continue;
                }
                to = lineEnd;
            }
            var values = region.ValuesBetween(from, to);
            if (values.Count < Shape.Count && region.ValuesBetween(from, to, shortText: true) is { Count: var count } withText && count == Shape.Count)
            {
                values = withText;
            }
            var filled = values.Where(v => !v.IsBlank).ToList();
            if (filled.Count == 0 && !last)
            {
                waiting.Add((row, values));
                continue;
            }
            List<RequestRow> sharing = [.. waiting.Select(w => w.Row), row, .. unfound];
            if (sharing.Count == 1 || filled.Count != Shape.Count * sharing.Count)
            {
                sharing = [.. waiting.Select(w => w.Row), row];
            }
            if (sharing.Count > 1 && filled.Count == Shape.Count * sharing.Count)
            {
                for (var s = 0; s < sharing.Count; s++)
                {
                    yield return (sharing[s], filled.GetRange(s * Shape.Count, Shape.Count), InferenceBasis.TemplateOrder, []);
                }
            }
            else
            {
                foreach (var (waitingRow, own) in waiting)
                {
                    yield return (waitingRow, own, null, []);
                }
                yield return (row, values, null, []);
            }
            waiting.Clear();
        }
        foreach (var (waitingRow, own) in waiting)
        {
            yield return (waitingRow, own, null, []);
        }
    }

    /// <summary>The row's counts, with the doubts of its fit; a row shared out in template order says so.</summary>
    private static List<long?> Counts(RequestRow row, FittedRow fitted, InferenceBasis? shared, ReadingLog log)
    {
        var counts = log.Counts(fitted, "T3-INT", "T3-FULL", $"三/{row.Key}", $"表三“{row.Label}”行", c => $"三/{row.Key}/{ReportTemplate.RequestColumns[c]}");
        if (shared is { } order && fitted.IsAsWritten)
        {
            log.Inferred.Add(new InferredCell($"三/{row.Key}", null, order, $"该行数值与行标题分开书写，按模板行序读作“{row.Label}”行，请核对"));
        }
        return [.. counts];
    }
}
