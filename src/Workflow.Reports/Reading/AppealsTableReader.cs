using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading;

/// <summary>
/// Reads table 四: after its header (行政复议 … 行政诉讼), the first run of 15 cells in a row is the one data
/// row, in the template's fixed column order.
/// </summary>
internal static class AppealsTableReader
{
    public const int ValueCount = 15;

    // Looked up by span: fragments are not strings of their own.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeaderWords =
        new HashSet<string>(ReportTemplate.AppealGroups.Concat(ReportTemplate.AppealOutcomes).Append("行政诉讼").Select(TextToken.KeyOf))
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static TableReading<IReadOnlyList<long?>> Read(TokenStream stream, List<Finding> notes)
    {
        int? header = null;
        for (var i = 0; i < stream.Count && header is null; i++)
        {
            if (!stream[i].IsValue && (stream.Key(i).SequenceEqual("行政复议") || stream.Key(i).StartsWith("行政复议：", StringComparison.Ordinal)))
            {
                header = i;
            }
        }
        var start = header ?? 0;

        var (runStart, runLength) = (-1, 0);
        for (var i = start; i < stream.Count;)
        {
            if (!IsCell(stream, i))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < stream.Count && IsCell(stream, j))
            {
                j++;
            }
            if (j - i > runLength)
            {
                (runStart, runLength) = (i, j - i);
            }
            if (j - i >= ValueCount)
            {
                break;
            }
            i = j;
        }

        var values = new long?[ValueCount];
        if (runStart < 0)
        {
            notes.Add(new Finding("T4-INT", Severity.Error, "未找到第四部分的表格数值（政府信息公开行政复议、行政诉讼情况）。", "四"));
            return new(values, [], null);
        }
        var taken = Math.Min(runLength, ValueCount);
        for (var v = 0; v < taken; v++)
        {
            values[v] = RequestsTableReader.Count(stream.Text(runStart + v), "T4-INT", notes, "四", ReportTemplate.AppealGroups[v / 5], ReportTemplate.AppealOutcomes[v % 5]);
        }
        if (taken < ValueCount)
        {
            notes.Add(new Finding("T4-INT", Severity.Error, $"表四应有{ValueCount}个数值，只读到{taken}个。", "四"));
        }
        var used = Enumerable.Range(runStart, taken).Concat(header is { } h ? [h] : []);
        return new(values, [], stream.Span(used));
    }

    /// <summary>
    /// Where cells are positional (one per line, or pipe-separated), a cell that is not a number ("x6") still
    /// takes its column, so that it is reported rather than shifting the others; in column layout only numbers count.
    /// </summary>
    private static bool IsCell(TokenStream stream, int index)
    {
        return stream[index].IsValue
            || (stream.Layout != TextLayout.Columns && !stream.IsLabelLike(index) && !HeaderWords.Contains(stream.Key(index)));
    }
}
