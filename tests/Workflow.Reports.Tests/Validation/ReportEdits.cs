using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

/// <summary>Single changes to a report, for tests that break one thing at a time.</summary>
internal static class ReportEdits
{
    public static AnnualReport WithCell(this AnnualReport report, string key, int column, long? value)
    {
        var rows = report.Sections.Requests.Rows.ToDictionary(p => p.Key, p => p.Value);
        var cells = rows[key].ToArray();
        cells[column] = value;
        rows[key] = cells;
        return report.WithRows(rows);
    }

    public static AnnualReport WithRows(this AnnualReport report, IReadOnlyDictionary<string, IReadOnlyList<long?>> rows) =>
        report with { Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = rows } } };

    public static AnnualReport WithAppeal(this AnnualReport report, int index, long? value)
    {
        var values = report.Sections.Appeals.Values.ToArray();
        values[index] = value;
        return report with { Sections = report.Sections with { Appeals = report.Sections.Appeals with { Values = values } } };
    }

    public static AnnualReport WithAppeals(this AnnualReport report, params long?[] values) =>
        report with { Sections = report.Sections with { Appeals = report.Sections.Appeals with { Values = values } } };

    public static AnnualReport WithOverview(this AnnualReport report, string text) =>
        report with { Sections = report.Sections with { Overview = text } };

    public static AnnualReport WithProblems(this AnnualReport report, string text) =>
        report with { Sections = report.Sections with { Problems = text } };

    public static AnnualReport WithOther(this AnnualReport report, string text) =>
        report with { Sections = report.Sections with { Other = text } };

    public static AnnualReport WithPreamble(this AnnualReport report, string text) =>
        report with { Sections = report.Sections with { Preamble = text } };

    public static AnnualReport WithProactiveCell(this AnnualReport report, string clause, string row, string column, string raw, decimal? value, string? unit)
    {
        var cells = report.Sections.Proactive.Cells.Where(c => !(c.Clause == clause && c.Row == row && c.Column == column)).ToList();
        cells.Add(new ProactiveCell(clause, row, column, raw, value, unit));
        return report with { Sections = report.Sections with { Proactive = report.Sections.Proactive with { Cells = cells } } };
    }

    /// <summary>The same figures in the 2019 layout of table 三: the three （六）其他处理 rows become the single row O.</summary>
    public static AnnualReport In2019Layout(this AnnualReport report)
    {
        var rows = report.Sections.Requests.Rows.Where(p => p.Key is not ("O1" or "O2" or "O3")).ToDictionary(p => p.Key, p => p.Value);
        rows["O"] = [.. Enumerable.Range(0, 7).Select(c => new[] { "O1", "O2", "O3" }.Sum(k => report.Sections.Requests.Cell(k, c)))];
        return report.WithRows(rows);
    }

    public static long Cell(this AnnualReport report, string key, int column) => report.Sections.Requests.Cell(key, column)!.Value;

    public static IReadOnlyList<Finding> Validate(this AnnualReport report, AnnualReport? previous = null) =>
        new ReportValidator().Validate(report, previous);

    public static IEnumerable<Finding> Errors(this IEnumerable<Finding> findings) => findings.Where(f => f.Severity == Severity.Error);

    public static IEnumerable<Finding> OfRule(this IEnumerable<Finding> findings, string ruleId) => findings.Where(f => f.RuleId == ruleId);
}
