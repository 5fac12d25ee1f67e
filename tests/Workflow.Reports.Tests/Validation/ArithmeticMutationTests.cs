using CsCheck;
using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

/// <summary>Changing any single number of table 三 or 四 in a consistent report raises the identity that covers it, at that cell.</summary>
public class ArithmeticMutationTests
{
    private static readonly string[] TableRules = ["T3-BAL", "T3-S7", "T3-ROW"];

    public static TheoryData<string, string, int> Cells2021 => CellsOf("2021", ReportTemplate.RequestRows2021);

    public static TheoryData<string, string, int> Cells2019 => CellsOf("2019", ReportTemplate.RequestRows2019);

    private static TheoryData<string, string, int> CellsOf(string layout, IReadOnlyList<RequestRow> rows)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var row in rows)
        {
            for (var c = 0; c < ReportTemplate.RequestColumns.Count; c++)
            {
                data.Add(layout, row.Key, c);
            }
        }
        return data;
    }

    private static AnnualReport Consistent(string layout) =>
        layout == "2019" ? ConsistentReports.Example().In2019Layout() : ConsistentReports.Example();

    [Theory]
    [MemberData(nameof(Cells2021))]
    [MemberData(nameof(Cells2019))]
    public void Changing_one_cell_of_table_three_raises_an_identity_at_that_cell(string layout, string key, int column)
    {
        var report = Consistent(layout);
        var changed = report.WithCell(key, column, report.Cell(key, column) + 3);

        var findings = changed.Validate().Errors().Where(f => TableRules.Contains(f.RuleId)).ToList();

        Assert.Contains(findings, f => f.Location == $"三/{key}/{ReportTemplate.RequestColumns[column]}");
    }

    [Fact]
    public void Changing_a_random_cell_of_a_generated_report_raises_an_identity_at_that_cell()
    {
        var keys = ReportTemplate.RequestRows2021.Select(r => r.Key).ToArray();
        Gen.Select(ConsistentReports.Gen, Gen.Int[0, keys.Length - 1], Gen.Int[0, 6], Gen.Int[-50, 50].Where(d => d != 0))
            .Sample((report, row, column, delta) =>
            {
                var key = keys[row];
                var changed = report.WithCell(key, column, report.Cell(key, column) + delta);
                var findings = changed.Validate().Errors().Where(f => TableRules.Contains(f.RuleId));
                Assert.Contains(findings, f => f.Location == $"三/{key}/{ReportTemplate.RequestColumns[column]}");
            }, iter: 300);
    }

    public static TheoryData<int> AppealIndexes => [.. Enumerable.Range(0, 15)];

    [Theory]
    [MemberData(nameof(AppealIndexes))]
    public void Changing_one_value_of_table_four_raises_its_group_identity(int index)
    {
        var report = ConsistentReports.Example();
        var changedValue = report.Sections.Appeals.Values[index]!.Value + 2;
        var changed = report.WithAppeal(index, changedValue);
        var group = ReportTemplate.AppealGroups[index / 5];
        var rule = new[] { "T4-REV", "T4-LITD", "T4-LITR" }[index / 5];

        var finding = Assert.Single(changed.Validate().Errors());

        Assert.Equal(rule, finding.RuleId);
        Assert.Equal($"四/{group}/总计", finding.Location);
        Assert.Contains(index % 5 == 4 ? $"但总计为 {changedValue}" : $"{ReportTemplate.AppealOutcomes[index % 5]} {changedValue}", finding.Message);
    }

    [Fact]
    public void Changed_outcome_cell_breaks_its_row_sum_and_its_column_total()
    {
        var report = ConsistentReports.Example();
        var changed = report.WithCell("N4", 3, report.Cell("N4", 3) + 1);

        Assert.Equal(
            [("T3-ROW", "三/N4/社会公益组织"), ("T3-S7", "三/N4/社会公益组织")],
            changed.Validate().Select(f => (f.RuleId, f.Location)));
    }

    [Fact]
    public void Changed_received_cell_breaks_its_row_sum_and_the_balance()
    {
        var report = ConsistentReports.Example();
        var changed = report.WithCell("R1", 0, report.Cell("R1", 0) - 1);

        Assert.Equal(
            [("T3-BAL", "三/R1/自然人"), ("T3-ROW", "三/R1/自然人")],
            changed.Validate().Select(f => (f.RuleId, f.Location)));
    }

    [Fact]
    public void Changing_a_random_value_of_table_four_of_a_generated_report_raises_its_group_identity() =>
        Gen.Select(ConsistentReports.Gen, Gen.Int[0, 14], Gen.Int[1, 30])
            .Sample((report, index, delta) =>
            {
                var changed = report.WithAppeal(index, report.Sections.Appeals.Values[index] + delta);
                var finding = Assert.Single(changed.Validate().Errors());
                Assert.Equal($"四/{ReportTemplate.AppealGroups[index / 5]}/总计", finding.Location);
            }, iter: 200);

    [Fact]
    public void Balance_message_states_both_sums()
    {
        var report = ConsistentReports.Example();
        var r4 = report.Cell("R4", 6);
        var changed = report.WithCell("R4", 6, r4 - 1);

        var balance = Assert.Single(changed.Validate().OfRule("T3-BAL"));

        var left = report.Cell("R1", 6) + report.Cell("R2", 6);
        Assert.Equal($"第三部分“总计”列：本年新收 {report.Cell("R1", 6)} + 上年结转 {report.Cell("R2", 6)} = {left}，" +
                     $"但办理结果总计 {report.Cell("S7", 6)} + 结转下年度 {r4 - 1} = {left - 1}。", balance.Message);
        Assert.Equal("三/R4/总计", balance.Location);
    }

    [Fact]
    public void Row_sum_error_names_the_row_and_its_columns()
    {
        var report = ConsistentReports.Example();
        var changed = report.WithCell("D3", 6, report.Cell("D3", 6) + 1);

        var row = Assert.Single(changed.Validate().OfRule("T3-ROW"));

        Assert.Equal("三/D3/总计", row.Location);
        Assert.StartsWith("第三部分“（三）不予公开3.危及“三安全一稳定””行：自然人", row.Message);
    }

    [Fact]
    public void Blank_cell_does_not_break_an_identity_it_could_satisfy()
    {
        var report = ConsistentReports.Example().WithCell("G1", 6, null);

        var findings = report.Validate();

        Assert.Empty(findings.Errors());
        Assert.Contains(findings, f => f is { RuleId: "T3-INT", Severity: Severity.Warning, Location: "三/G1/总计" });
    }

    [Fact]
    public void Identity_broken_whatever_the_blank_holds_is_an_error()
    {
        var report = ConsistentReports.Example();
        // 总计 already exceeds the parties; a blank party cell can only make the parties' sum larger.
        var changed = report.WithCell("G1", 0, null).WithCell("G1", 6, report.Cell("G1", 6) - report.Cell("G1", 0) - 1);

        Assert.Contains(changed.Validate(), f => f is { RuleId: "T3-ROW", Severity: Severity.Error });
    }
}
