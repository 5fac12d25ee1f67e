using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Reads table 四 from its region: after its header (行政复议 … 行政诉讼), the value cells up to the first sentence
/// are its one data row, in the template's fixed column order, fitted to the 15 columns by <see cref="RowFit"/> with
/// the identity of each group (维持 + 纠正 + 其他 + 尚未审结 = 总计).
/// </summary>
internal static class AppealsTable
{
    public const int ValueCount = 15;

    private static readonly RowShape Shape = new(ValueCount, ReportTemplate.AppealOutcomes.Count);

    /// <param name="ownPart">The region is part 四's own (its heading was found), not a neighbour's standing in for it.</param>
    public static TableRead<IReadOnlyList<long?>> Read(TableRegion region, ReadingLog log, bool ownPart)
    {
        var result = new long?[ValueCount];
        var header = Header(region);
        if (header is null && !(ownPart && region.Cells.Count(c => c.IsValue && !c.IsBlank) >= 5))
        {
            log.Notes.Add(new Finding("T4-INT", Severity.Error, "未找到第四部分的表格（政府信息公开行政复议、行政诉讼情况）。", "四"));
            return new(result, [], new HashSet<int>());
        }
        if (header is null)
        {
            // Part 四 with numbers and no 行政复议 header (OCR loses header rows): read in template order, and say so.
            log.Notes.Add(new Finding("F-HDR", Severity.Warning, "第四部分的表格未找到表头（行政复议、行政诉讼），数值按模板列序读取，请核对。", "四"));
            log.Inferred.Add(new InferredCell("四", null, InferenceBasis.TemplateOrder, "表四未找到表头，数值按模板列序读取，请核对"));
        }
        var values = new List<RegionCell>();
        var used = header is { } h ? new HashSet<int> { region[h].Line } : [];
        for (var i = header ?? 0; i < region.Count; i++)
        {
            var cell = region[i];
            if (cell.IsValue)
            {
                values.Add(cell);
                used.Add(cell.Line);
            }
            else if (values.Any(v => !v.IsBlank) && region.Key(i).Length == 0 && cell.Text.Length > 0)
            {
                // A sentence after the values: the table has ended.
                break;
            }
        }

        if (!values.Any(v => !v.IsBlank))
        {
            log.Notes.Add(new Finding("T4-INT", Severity.Warning, "第四部分的表格未读到数值，请核对。", "四"));
            log.Inferred.Add(new InferredCell("四", null, InferenceBasis.Unresolved, "表四未读到数值"));
            return new(result, [], TableRead.Spanning(used));
        }
        // The data row written on one line of its own: the blank cells of the header rows above are not its cells.
        var lines = values.Where(v => !v.IsBlank).Select(v => v.Line).Distinct().ToList();
        if (lines.Count == 1)
        {
            values = [.. values.Where(v => v.Line == lines[0])];
        }
        var fitted = RowFit.Fit([.. values.Select(v => v.Text)], Shape);
        result = log.Counts(fitted, "T4-INT", "T4-INT", "四", "表四", v => $"四/{ReportTemplate.AppealGroups[v / 5]}/{ReportTemplate.AppealOutcomes[v % 5]}");
        return new(result, [], TableRead.Spanning(used));
    }

    private static int? Header(TableRegion region)
    {
        for (var i = 0; i < region.Count; i++)
        {
            var key = region.Key(i);
            if (key.StartsWith("行政复议", StringComparison.Ordinal) && key.Length <= 12)
            {
                return i;
            }
        }
        return null;
    }
}
