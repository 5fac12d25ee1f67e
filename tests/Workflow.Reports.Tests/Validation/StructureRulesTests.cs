using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class StructureRulesTests
{
    private static readonly AnnualReport Report = ConsistentReports.Example();

    [Fact]
    public void Empty_overview_is_a_missing_section()
    {
        var finding = Assert.Single(Report.WithOverview("  ").Validate().OfRule("F-SECT"));

        Assert.Equal((Severity.Error, "一"), (finding.Severity, finding.Location));
    }

    [Fact]
    public void Empty_section_six_is_a_missing_section() =>
        Assert.Contains(Report.WithOther("").Validate(), f => f is { RuleId: "F-SECT", Location: "六" });

    [Fact]
    public void Section_six_saying_none_is_present() =>
        Assert.DoesNotContain(Report.WithOther("无。").Validate(), f => f.RuleId == "F-SECT");

    [Fact]
    public void Missing_proactive_table_is_an_error()
    {
        var report = Report with { Sections = Report.Sections with { Proactive = new ProactiveSection("", []) } };

        var findings = report.Validate();

        Assert.Contains(findings, f => f is { RuleId: "F-TABLES", Severity: Severity.Error, Location: "二" });
        Assert.Contains(findings, f => f is { RuleId: "F-SECT", Location: "二" });
    }

    [Fact]
    public void Report_on_2023_with_the_2019_single_other_row_warns_of_the_outdated_template()
    {
        var finding = Assert.Single(Report.In2019Layout().Validate().OfRule("F-VERSION"));

        Assert.Equal((Severity.Warning, "三"), (finding.Severity, finding.Location));
    }

    [Fact]
    public void Report_on_2023_with_2019_proactive_columns_warns_of_the_outdated_template() =>
        Assert.Contains(
            Report.WithProactiveCell("九", "政府集中采购", "采购项目数量", "9", 9, null).Validate(),
            f => f is { RuleId: "F-VERSION", Location: "二" } && f.Message.Contains("政府集中采购"));

    [Fact]
    public void Report_on_2020_with_2019_tables_uses_the_right_template() =>
        Assert.DoesNotContain((Report.In2019Layout() with { Year = 2020, Edition = Edition.Format2019 }).Validate(), f => f.RuleId == "F-VERSION");

    [Theory]
    [InlineData("本报告所列数据统计期限为2023年1月1日至12月31日。")]
    [InlineData("报告中所列数据统计期限自2023年1月1日起,至2023年12月31日止。")]
    [InlineData("本年度报告中所列数据统计期限从2023年1月1日到12月31日止。")]
    public void Period_statements_as_reports_write_them_are_accepted(string preamble) =>
        Assert.DoesNotContain(Report.WithPreamble(preamble).Validate(), f => f.RuleId == "F-PERIOD");

    [Fact]
    public void Period_of_another_year_is_flagged()
    {
        var finding = Assert.Single(Report.WithPreamble("本报告所列数据统计期限为2022年1月1日至12月31日。").Validate().OfRule("F-PERIOD"));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("应为2023年1月1日至2023年12月31日", finding.Message);
    }

    [Fact]
    public void Malformed_period_dates_are_flagged() =>
        Assert.Single(Report.WithPreamble("本报告统计期限为2022年11日至1231日。").Validate().OfRule("F-PERIOD"));

    [Fact]
    public void Missing_period_statement_is_flagged() =>
        Assert.Contains(Report.WithPreamble("").Validate(), f => f is { RuleId: "F-PERIOD", Location: "前言" });

    [Fact]
    public void Title_with_another_year_is_flagged()
    {
        var report = Report with { Title = "怀仁市行政审批服务管理局2022年政府信息公开工作年度报告" };

        var finding = Assert.Single(report.Validate().OfRule("F-TITLE"));

        Assert.Equal((Severity.Warning, "标题"), (finding.Severity, finding.Location));
        Assert.Contains("2022", finding.Message);
    }

    [Fact]
    public void Title_variant_wording_is_flagged() =>
        Assert.Single((Report with { Title = "怀仁市行政审批服务管理局2023年度政府信息公开工作报告" }).Validate().OfRule("F-TITLE"));

    [Fact]
    public void Title_with_year_first_and_spaces_is_accepted() =>
        Assert.Empty((Report with { Title = "2023年 怀仁市行政审批服务管理局 政府信息公开工作年度报告" }).Validate().OfRule("F-TITLE"));

    [Theory]
    [InlineData("无。")]
    [InlineData("暂无")]
    [InlineData("工作有待加强。")]
    public void Problems_section_without_substance_is_flagged(string problems) =>
        Assert.Contains(Report.WithProblems(problems).Validate(), f => f is { RuleId: "F-S5", Severity: Severity.Warning, Location: "五" });

    [Fact]
    public void Problems_section_naming_problems_and_measures_passes() =>
        Assert.Empty(Report.WithProblems("一是政策解读形式单一；二是队伍建设不足。下一步将加强培训，丰富解读形式。").Validate().OfRule("F-S5"));
}
