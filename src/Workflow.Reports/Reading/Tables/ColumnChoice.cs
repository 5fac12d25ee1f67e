using System.Globalization;
using Workflow.Reports.Model;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Chooses between the readings of a row of table 三 that its own total leaves open, by the identities of its
/// columns: 本年新收 + 上年结转 = （七）总计 + 结转下年度, and the outcome rows sum to （七）总计. A reading is kept when
/// no column identity whose other cells are all known fails; a row is decided when exactly one is kept.
/// </summary>
internal static class ColumnChoice
{
    public static List<(RequestRow Row, FittedRow Fitted, InferenceBasis? Basis)> Resolve(
        List<(RequestRow Row, FittedRow Fitted, InferenceBasis? Basis)> rows, IReadOnlyList<RequestRow> layout)
    {
        var outcomeKeys = ReportTemplate.OutcomeRows(layout).Select(r => r.Key).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var (row, fitted, basis) = rows[r];
            if (fitted.Candidates.Count < 2)
            {
                continue;
            }
            var known = rows.Where((_, i) => i != r).ToDictionary(x => x.Row.Key, x => x.Fitted.Texts.Select(Count).ToArray());
            var kept = fitted.Candidates.Where(candidate =>
            {
                var values = new Dictionary<string, long?[]>(known) { [row.Key] = candidate };
                return Enumerable.Range(0, candidate.Length).All(c => Holds(values, c, outcomeKeys));
            }).ToList();
            if (kept.Count != 1)
            {
                continue;
            }
            var texts = kept[0].Select(v => v?.ToString(CultureInfo.InvariantCulture)).ToArray();
            var bases = fitted.Bases.Select(b => b is null ? (InferenceBasis?)null : InferenceBasis.Identity).ToArray();
            rows[r] = (row, new FittedRow(texts, bases, "数字连写，按行、列合计关系拆分"), basis);
        }
        return rows;
    }

    private static bool Holds(Dictionary<string, long?[]> values, int column, List<string> outcomeKeys)
    {
        long? Cell(string key) => values.TryGetValue(key, out var row) && column < row.Length ? row[column] : null;
        var balance = new[] { Cell("R1"), Cell("R2"), Cell("S7"), Cell("R4") };
        if (balance.All(v => v is not null) && balance[0] + balance[1] != balance[2] + balance[3])
        {
            return false;
        }
        var outcomes = outcomeKeys.Select(Cell).ToList();
        return !(outcomes.All(v => v is not null) && Cell("S7") is { } total && outcomes.Sum() != total);
    }

    private static long? Count(string? text) => text is null ? null : CellValue.Parse(text).Count;
}
