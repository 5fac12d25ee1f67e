using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class TableCellRulesTests
{
    private static readonly Model.AnnualReport Report = ConsistentReports.Example();

    [Fact]
    public void Negative_cell_of_table_three_is_an_error() =>
        Assert.Contains(Report.WithCell("N2", 1, -1).Validate(), f => f is { RuleId: "T3-INT", Severity: Severity.Error, Location: "三/N2/商业企业" });

    [Fact]
    public void Blank_cell_of_table_three_is_a_warning_named_blank()
    {
        var finding = Assert.Single(Report.WithCell("U2", 6, null).Validate());

        Assert.Equal(("T3-INT", Severity.Warning, "三/U2/总计"), (finding.RuleId, finding.Severity, finding.Location));
        Assert.Contains("空白", finding.Message);
    }

    [Fact]
    public void Missing_row_is_an_incomplete_table()
    {
        var rows = Report.Sections.Requests.Rows.Where(p => p.Key != "D5").ToDictionary(p => p.Key, p => p.Value);

        Assert.Contains(Report.WithRows(rows).Validate(), f => f is { RuleId: "T3-FULL", Severity: Severity.Error, Location: "三/D5" });
    }

    [Fact]
    public void Row_of_six_columns_is_an_incomplete_table()
    {
        var rows = Report.Sections.Requests.Rows.ToDictionary(p => p.Key, p => p.Value);
        rows["G1"] = [.. rows["G1"].Take(6)];

        Assert.Contains(Report.WithRows(rows).Validate(), f => f is { RuleId: "T3-FULL", Location: "三/G1" } && f.Message.Contains("实有 6 列"));
    }

    [Fact]
    public void Extra_row_is_flagged()
    {
        var rows = Report.Sections.Requests.Rows.ToDictionary(p => p.Key, p => p.Value);
        rows["X1"] = [0, 0, 0, 0, 0, 0, 0];

        Assert.Contains(Report.WithRows(rows).Validate(), f => f is { RuleId: "T3-FULL", Location: "三/X1" });
    }

    [Fact]
    public void Missing_table_three_is_an_error() =>
        Assert.Contains(Report.WithRows(new Dictionary<string, IReadOnlyList<long?>>()).Validate(),
            f => f is { RuleId: "T3-FULL", Severity: Severity.Error, Location: "三" });

    [Fact]
    public void Complete_table_three_passes() => Assert.Empty(Report.Validate().OfRule("T3-FULL"));

    [Fact]
    public void Unpaid_fee_cases_require_section_six_to_report_the_fee()
    {
        var report = Report.WithOther("无。");

        Assert.True(report.Cell("O2", 6) > 0);
        Assert.Contains(report.Validate(), f => f is { RuleId: "T3-FEE", Severity: Severity.Warning, Location: "六" });
    }

    [Fact]
    public void Unpaid_fee_cases_with_the_fee_reported_pass() =>
        Assert.Empty(Report.WithOther("本年度收取信息处理费300元。").Validate().OfRule("T3-FEE"));

    [Fact]
    public void Table_four_with_fourteen_values_is_an_error() =>
        Assert.Contains(Report.WithAppeals([.. Report.Sections.Appeals.Values.Take(14)]).Validate(),
            f => f is { RuleId: "T4-INT", Severity: Severity.Error, Location: "四" });

    [Fact]
    public void Missing_table_four_is_an_error() =>
        Assert.Contains(Report.WithAppeals().Validate(), f => f is { RuleId: "T4-INT", Severity: Severity.Error, Location: "四" });

    [Fact]
    public void Blank_value_of_table_four_is_a_warning() =>
        Assert.Contains(Report.WithAppeal(3, null).Validate(),
            f => f is { RuleId: "T4-INT", Severity: Severity.Warning, Location: "四/行政复议/尚未审结" });

    [Fact]
    public void Negative_value_of_table_four_is_an_error() =>
        Assert.Contains(Report.WithAppeal(7, -1).Validate(),
            f => f is { RuleId: "T4-INT", Severity: Severity.Error, Location: "四/未经复议直接起诉/其他结果" });

    [Fact]
    public void Complete_table_four_passes() => Assert.DoesNotContain(Report.Validate(), f => f.RuleId.StartsWith("T4", StringComparison.Ordinal));
}
