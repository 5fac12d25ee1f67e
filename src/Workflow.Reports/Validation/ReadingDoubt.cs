using Workflow.Reports.Reading;

namespace Workflow.Reports.Validation;

/// <summary>
/// An error blocks a submission, so it may only rest on cells read as written. When a table holds a cell the reader
/// inferred or could not decide, an error located in that table may be a misreading rather than a defect of the
/// report: it is kept as a warning that names the doubtful cells, for the bureau and the reviewer to check.
/// </summary>
internal static class ReadingDoubt
{
    public static IEnumerable<Finding> Temper(IEnumerable<Finding> findings, IReadOnlyList<InferredCell> inferred)
    {
        if (inferred.Count == 0)
        {
            return findings;
        }
        var byTable = inferred.GroupBy(c => Table(c.Location)).ToDictionary(g => g.Key, g => g.ToList());
        return findings.Select(f =>
            f.Severity == Severity.Error && byTable.TryGetValue(Table(f.Location), out var cells)
                ? f with { Severity = Severity.Warning, Message = $"{f.Message}（本表有未按原文读取的单元格：{Cells(cells)}；请核对原文，可能是读取问题而非报告错误。）" }
                : f);
    }

    private static string Table(string location) => location.Split('/')[0];

    private static string Cells(List<InferredCell> cells) =>
        string.Join("、", cells.Take(3).Select(c => c.Location)) + (cells.Count > 3 ? $"等{cells.Count}处" : "");
}
