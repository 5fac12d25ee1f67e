using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class ProactiveRulesTests
{
    private static readonly Model.AnnualReport Report = ConsistentReports.Example();

    [Fact]
    public void Negative_count_is_an_error()
    {
        var finding = Assert.Single(Report.WithProactiveCell("五", "行政许可", "本年处理决定数量", "-3", -3, null).Validate());

        Assert.Equal(("T2-INT", Severity.Error, "二/五/行政许可/本年处理决定数量"), (finding.RuleId, finding.Severity, finding.Location));
    }

    [Fact]
    public void Fractional_count_is_an_error() =>
        Assert.Contains(Report.WithProactiveCell("六", "行政处罚", "本年处理决定数量", "3.5", 3.5m, null).Validate(),
            f => f is { RuleId: "T2-INT", Severity: Severity.Error });

    [Fact]
    public void Fractional_amount_in_wan_yuan_is_fine() =>
        Assert.Empty(Report.WithProactiveCell("八", "行政事业性收费", "本年收费金额（单位：万元）", "96171.6", 96171.6m, null).Validate());

    [Fact]
    public void Dash_cell_is_a_blank_to_confirm() =>
        Assert.Contains(Report.WithProactiveCell("六", "行政强制", "本年处理决定数量", "—", null, null).Validate(),
            f => f is { RuleId: "T2-INT", Severity: Severity.Warning, Location: "二/六/行政强制/本年处理决定数量" });

    [Fact]
    public void Unreadable_number_is_an_error() =>
        Assert.Contains(Report.WithProactiveCell("六", "行政强制", "本年处理决定数量", "12件左右", null, null).Validate(),
            f => f is { RuleId: "T2-INT", Severity: Severity.Error });

    [Fact]
    public void Signed_change_of_the_2019_table_may_be_negative() =>
        Assert.DoesNotContain(Report.WithProactiveCell("五", "行政许可", "本年增/减", "减4", -4, null).Validate(), f => f.RuleId == "T2-INT");

    [Fact]
    public void Amount_in_yuan_is_converted_and_flagged()
    {
        var finding = Assert.Single(Report.WithProactiveCell("八", "行政事业性收费", "本年收费金额（单位：万元）", "251000元", 251000, "元").Validate());

        Assert.Equal(("T2-UNIT", Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Contains("25.1 万元", finding.Message);
    }

    [Fact]
    public void Count_with_its_measure_word_is_fine() =>
        Assert.Empty(Report.WithProactiveCell("五", "行政许可", "本年处理决定数量", "15098件", 15098, "件").Validate());

    [Fact]
    public void Fee_quoted_in_yuan_in_the_overview_is_flagged() =>
        Assert.Contains(Report.WithOverview(Report.Sections.Overview + "全年行政事业性收费0元。").Validate(),
            f => f is { RuleId: "T2-UNIT", Location: "一/行政事业性收费" });
}
