using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Table 三 (收到和处理政府信息公开申请情况).
/// <list type="bullet">
/// <item>T3-FULL error: a missing table, a missing or extra row, or a row without exactly 7 columns makes every total meaningless.</item>
/// <item>T3-INT error for a negative cell (no count can be negative); warning for a blank cell: it may mean 0, a person must confirm.</item>
/// <item>T3-BAL, T3-S7, T3-ROW error: the template's own identities; when one fails the data cannot be right.</item>
/// <item>T3-FEE warning: 逾期未缴费 cases imply fee notices, which section 六 should report; a reviewer judges the wording.</item>
/// </list>
/// A single wrong cell breaks one row identity and one column identity; findings are located at the cell where the
/// two meet (same difference), otherwise at the total the identity is about.
/// </summary>
internal static class RequestsRules
{
    private static readonly IReadOnlyList<string> Columns = ReportTemplate.RequestColumns;
    private const int Total = ReportTemplate.TotalColumn;

    private static readonly HashSet<string> Keys2019 = [.. ReportTemplate.RequestRows2019.Select(r => r.Key)];
    private static readonly HashSet<string> Keys2021 = [.. ReportTemplate.RequestRows2021.Select(r => r.Key)];

    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        var section = report.Sections.Requests;
        if (section.Rows.Count == 0)
        {
            return [new Finding("T3-FULL", Severity.Error, "缺少第三部分“收到和处理政府信息公开申请情况”表格（无申请也须填报全部为0的表格）。", "三")];
        }
        var layout = ReportTemplate.RequestRowsFor(section.Rows);
        return [.. Completeness(section, layout), .. Cells(section, layout), .. Arithmetic(section, layout), .. Fees(report, layout)];
    }

    public static string Label(RequestRow row) => row.Group is null ? row.Label : $"{row.Group}{row.Label}";

    private static IEnumerable<Finding> Completeness(RequestsSection section, IReadOnlyList<RequestRow> layout)
    {
        foreach (var row in layout)
        {
            if (!section.Rows.TryGetValue(row.Key, out var cells))
            {
                yield return new Finding("T3-FULL", Severity.Error, $"第三部分表格缺少“{Label(row)}”行。", $"三/{row.Key}");
            }
            else if (cells.Count != Columns.Count)
            {
                yield return new Finding("T3-FULL", Severity.Error,
                    $"第三部分“{Label(row)}”行应有 {Columns.Count} 列（{string.Join("、", Columns)}），实有 {cells.Count} 列。", $"三/{row.Key}");
            }
        }
        var known = layout == ReportTemplate.RequestRows2019 ? Keys2019 : Keys2021;
        foreach (var key in section.Rows.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            yield return new Finding("T3-FULL", Severity.Error, $"第三部分表格有模板之外的行“{key}”（2019年版只有一行“（六）其他处理”，2021年版分为三行）。", $"三/{key}");
        }
    }

    private static IEnumerable<Finding> Cells(RequestsSection section, IReadOnlyList<RequestRow> layout)
    {
        foreach (var row in layout)
        {
            if (!section.Rows.TryGetValue(row.Key, out var cells))
            {
                continue;
            }
            for (var c = 0; c < Math.Min(cells.Count, Columns.Count); c++)
            {
                if (cells[c] is null)
                {
                    yield return new Finding("T3-INT", Severity.Warning,
                        $"第三部分“{Label(row)}”行“{Columns[c]}”列为空白：无法核对勾稽关系，没有数据应填 0。", $"三/{row.Key}/{Columns[c]}");
                }
                else if (cells[c] < 0)
                {
                    yield return new Finding("T3-INT", Severity.Error,
                        $"第三部分“{Label(row)}”行“{Columns[c]}”列为负数 {cells[c]}：申请件数不能为负。", $"三/{row.Key}/{Columns[c]}");
                }
            }
        }
    }

    private sealed record Broken(string RuleId, string Row, int Column, IReadOnlyList<string> Rows, SumIdentity Sums, string Message, string DefaultLocation)
    {
        public long Gap => Math.Abs(Sums.Difference);
    }

    private static IEnumerable<Finding> Arithmetic(RequestsSection section, IReadOnlyList<RequestRow> layout)
    {
        string Shown(string key, int column) => section.Cell(key, column)?.ToString() ?? "空白";
        var outcomeRows = ReportTemplate.OutcomeRows(layout).ToList();
        var outcomeCells = outcomeRows.Select(r => section.Rows.GetValueOrDefault(r.Key)).ToArray();

        var rowIdentities = new List<Broken>();
        foreach (var row in layout)
        {
            var sums = RowSums(section, row.Key);
            if (sums.IsBroken)
            {
                var parts = string.Join(" + ", Enumerable.Range(0, Total).Select(c => $"{Columns[c]} {Shown(row.Key, c)}"));
                rowIdentities.Add(new Broken("T3-ROW", row.Key, Total, [row.Key], sums,
                    $"第三部分“{Label(row)}”行：{parts} = {sums.KnownRight}，但总计为 {Shown(row.Key, Total)}。", $"三/{row.Key}/总计"));
            }
        }

        var columnIdentities = new List<Broken>();
        for (var c = 0; c < Columns.Count; c++)
        {
            var column = c;
            var balance = SumIdentity.Of([section.Cell("R1", c), section.Cell("R2", c)], [section.Cell("S7", c), section.Cell("R4", c)]);
            if (balance.IsBroken)
            {
                columnIdentities.Add(new Broken("T3-BAL", "R1", c, ["R1", "R2", "S7", "R4"], balance,
                    $"第三部分“{Columns[c]}”列：本年新收 {Shown("R1", c)} + 上年结转 {Shown("R2", c)} = {balance.KnownLeft}，" +
                    $"但办理结果总计 {Shown("S7", c)} + 结转下年度 {Shown("R4", c)} = {balance.KnownRight}。", $"三/R1/{Columns[c]}"));
            }
            var outcomes = OutcomeSums(section, outcomeCells, c);
            if (outcomes.IsBroken)
            {
                var blocks = string.Join(" + ", outcomeRows.GroupBy(r => OutcomeBlock(r)).Select(g =>
                {
                    var values = g.Select(r => section.Cell(r.Key, column)).ToList();
                    return $"{g.Key} {SumIdentity.Total(values)}{(values.Any(v => v is null) ? "（含空白）" : "")}";
                }));
                columnIdentities.Add(new Broken("T3-S7", "S7", c, [.. outcomeRows.Select(r => r.Key), "S7"], outcomes,
                    $"第三部分“{Columns[c]}”列：{blocks} = {outcomes.KnownRight}，但（七）总计为 {Shown("S7", c)}。", $"三/S7/{Columns[c]}"));
            }
        }

        foreach (var row in rowIdentities)
        {
            var columns = columnIdentities.Where(k => k.Rows.Contains(row.Row) && k.Gap == row.Gap).Select(k => k.Column).Distinct().ToList();
            var location = columns.Count == 1 ? $"三/{row.Row}/{Columns[columns[0]]}" : row.DefaultLocation;
            yield return new Finding(row.RuleId, Severity.Error, row.Message, location);
        }
        foreach (var identity in columnIdentities)
        {
            var rows = rowIdentities.Where(r => identity.Rows.Contains(r.Row) && r.Gap == identity.Gap).Select(r => r.Row).ToList();
            var location = rows.Count == 1 ? $"三/{rows[0]}/{Columns[identity.Column]}" : identity.DefaultLocation;
            yield return new Finding(identity.RuleId, Severity.Error, identity.Message, location);
        }
    }

    /// <summary>总计 = the applicant columns, in one row.</summary>
    private static SumIdentity RowSums(RequestsSection section, string key)
    {
        var row = section.Rows.GetValueOrDefault(key);
        Span<long?> parties = stackalloc long?[Total];
        for (var c = 0; c < Total; c++)
        {
            parties[c] = Cell(row, c);
        }
        return SumIdentity.Of([Cell(row, Total)], parties);
    }

    /// <summary>（七）总计 = the outcome rows, in one column (<paramref name="outcomes"/>: their cells, looked up once).</summary>
    private static SumIdentity OutcomeSums(RequestsSection section, IReadOnlyList<long?>?[] outcomes, int column)
    {
        Span<long?> cells = outcomes.Length <= 32 ? stackalloc long?[outcomes.Length] : new long?[outcomes.Length];
        for (var r = 0; r < outcomes.Length; r++)
        {
            cells[r] = Cell(outcomes[r], column);
        }
        return SumIdentity.Of([section.Cell("S7", column)], cells);
    }

    /// <summary>As <see cref="RequestsSection.Cell"/>, on a row already looked up.</summary>
    private static long? Cell(IReadOnlyList<long?>? row, int column) => row is not null && column < row.Count ? row[column] : null;

    private static string OutcomeBlock(RequestRow row) => row.Group ?? row.Key switch
    {
        "G1" => "（一）予以公开",
        "G2" => "（二）部分公开",
        _ => row.Label,
    };

    private static IEnumerable<Finding> Fees(AnnualReport report, IReadOnlyList<RequestRow> layout)
    {
        var unpaid = layout.Any(r => r.Key == "O2") ? report.Sections.Requests.Cell("O2", Total) : null;
        if (unpaid > 0 && !TextConsistencyRules.ReportsProcessingFee(report.Sections.Other))
        {
            yield return new Finding("T3-FEE", Severity.Warning,
                $"第三部分“申请人逾期未按收费通知要求缴纳费用”有 {unpaid} 件，说明发出过收费通知，但第六部分未报告信息处理费收取情况。", "六");
        }
    }
}
