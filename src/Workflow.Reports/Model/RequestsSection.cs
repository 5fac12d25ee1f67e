namespace Workflow.Reports.Model;

/// <summary>
/// Section 三: rows keyed R1, R2, G1, G2, D1..D8, U1..U3, N1..N5, O1..O3 (or O), S7, R4; each holds the
/// seven columns of <see cref="ReportTemplate.RequestColumns"/>. A blank cell is null, never 0.
/// </summary>
public sealed record RequestsSection(string Text, IReadOnlyDictionary<string, IReadOnlyList<long?>> Rows)
{
    public long? Cell(string rowKey, int column) =>
        Rows.TryGetValue(rowKey, out var row) && column < row.Count ? row[column] : null;
}
