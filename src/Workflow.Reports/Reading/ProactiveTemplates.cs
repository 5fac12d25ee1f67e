using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading;

/// <summary>
/// What the text and grid readers of part 二 share: the template tables a clause may follow, how well a header fits
/// one of them, and the notes on headers, row labels, missing rows and cells, so both readers judge a table alike.
/// </summary>
internal static class ProactiveTemplates
{
    public const string ContentHeader = "信息内容";

    // Every template label is compared with many fragments; their keys are computed once.
    private static readonly Dictionary<ProactiveTable, (string[] Rows, string[] Columns)> Keys =
        ReportTemplate.Proactive2019.Concat(ReportTemplate.Proactive2021).ToDictionary<ProactiveTable, ProactiveTable, (string[], string[])>(
            t => t,
            t => (t.Rows.Select(ChineseText.LabelKeyWithoutQuotes).ToArray(), t.Columns.Select(ChineseText.LabelKeyWithoutQuotes).ToArray()),
            ReferenceEqualityComparer.Instance);

    /// <summary>The template tables of a clause, the 2021 one first; none for a clause neither template has.</summary>
    public static List<(ProactiveTable Table, Edition Edition)> Candidates(string clause)
    {
        var candidates = new List<(ProactiveTable Table, Edition Edition)>(2);
        if (ReportTemplate.Proactive2021.FirstOrDefault(t => t.Clause == clause) is { } t2021)
        {
            candidates.Add((t2021, Edition.Format2021));
        }
        if (ReportTemplate.Proactive2019.FirstOrDefault(t => t.Clause == clause) is { } t2019)
        {
            candidates.Add((t2019, Edition.Format2019));
        }
        return candidates;
    }

    /// <summary>Label keys (<see cref="ChineseText.LabelKeyWithoutQuotes(string)"/>) of a template table's rows.</summary>
    public static string[] RowKeys(ProactiveTable table) => Keys[table].Rows;

    /// <summary>
    /// How well written headers fit a template table: an exact label counts 2, a truncated one ("本年新" for
    /// 本年新制作数量, matched by position) 1 and is returned to be noted.
    /// </summary>
    public static (int Score, List<(string Written, string Column)> Truncated) HeaderFit(
        ProactiveTable table, IReadOnlyList<string> written, IReadOnlyList<string> writtenKeys)
    {
        var score = 0;
        var truncated = new List<(string, string)>();
        var columns = Keys[table].Columns;
        for (var h = 0; h < written.Count && h < columns.Length; h++)
        {
            if (writtenKeys[h] == columns[h])
            {
                score += 2;
            }
            else if (writtenKeys[h].Length >= 2 && columns[h].StartsWith(writtenKeys[h], StringComparison.Ordinal))
            {
                score += 1;
                truncated.Add((written[h], table.Columns[h]));
            }
        }
        return (score, truncated);
    }

    /// <summary>F-HDR for truncated headers and for a header whose column count is not the template's.</summary>
    public static void NoteHeader(string clause, ProactiveTable table, int headerCount, List<(string Written, string Column)> truncated,
        List<Finding> notes)
    {
        foreach (var (written, column) in truncated)
        {
            notes.Add(new Finding("F-HDR", Severity.Warning, $"表头不完整：“{written}”应为“{column}”。", $"二/{clause}/表头"));
        }
        if (headerCount > 0 && headerCount != table.Columns.Count)
        {
            notes.Add(new Finding("F-HDR", Severity.Warning,
                $"第二十条第（{clause}）项表头有{headerCount}列，模板为{table.Columns.Count}列（{string.Join("、", table.Columns)}）。",
                $"二/{clause}/表头"));
        }
    }

    /// <summary>F-HDR for a row label that names a template row in other words.</summary>
    public static void NoteRowLabel(string clause, string row, ReadOnlySpan<char> written, ReadOnlySpan<char> writtenKey, List<Finding> notes)
    {
        if (!writtenKey.SequenceEqual(ChineseText.LabelKeyWithoutQuotes(row)))
        {
            notes.Add(new Finding("F-HDR", Severity.Warning, $"行标题“{written}”与模板“{row}”不一致。", $"二/{clause}/{row}"));
        }
    }

    /// <summary>T2-SHAPE for each template row not found.</summary>
    public static void NoteMissingRows(string clause, ProactiveTable table, Edition edition, HashSet<string> seen, List<Finding> notes)
    {
        foreach (var missing in table.Rows.Where(r => !seen.Contains(r)))
        {
            notes.Add(new Finding(edition == Edition.Format2021 ? "T2-SHAPE21" : "T2-SHAPE19", Severity.Error,
                $"第二十条第（{clause}）项缺少“{missing}”行。", $"二/{clause}/{missing}"));
        }
    }

    /// <summary>A cell of the model; T2-INT for a cell that is not a number (error) or a placeholder (warning).</summary>
    public static ProactiveCell Cell(string clause, string row, ProactiveTable table, int column, string written, List<Finding> notes)
    {
        var cell = CellValue.Parse(written);
        var location = $"二/{clause}/{row}/{table.Columns[column]}";
        switch (cell.Kind)
        {
            case CellKind.Invalid:
                notes.Add(new Finding("T2-INT", Severity.Error, $"单元格“{written}”不是数值。", location));
                break;
            case CellKind.Placeholder:
                notes.Add(new Finding("T2-INT", Severity.Warning, $"单元格写作“{written}”，没有数值，请填写数字（没有则填0）。", location));
                break;
        }
        // Only a unit written in the cell: the 万元 of 第（八）项 is in its column name already.
        return new ProactiveCell(clause, row, table.Columns[column], written, cell.Value, cell.Unit);
    }
}
