using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class TextConsistencyRulesTests
{
    private static readonly AnnualReport Report = ConsistentReports.Example();

    private static long Appeal(int index) => Report.Sections.Appeals.Values[index]!.Value;

    [Fact]
    public void Received_count_in_text_other_than_the_table_is_flagged()
    {
        var stated = Report.Cell("R1", 6) + 5;
        var report = Report.WithOverview($"全年共收到政府信息公开申请{stated}件。");

        var finding = Assert.Single(report.Validate().OfRule("X-APPS"));

        Assert.Equal((Severity.Warning, "三/R1/总计"), (finding.Severity, finding.Location));
        Assert.Contains($"{stated}", finding.Message);
        Assert.Contains($"{Report.Cell("R1", 6)}", finding.Message);
    }

    [Fact]
    public void Carried_over_count_split_over_lines_is_read() =>
        Assert.Contains(
            Report.WithOverview($"答复申请{Report.Cell("S7", 6)}件，另有 {Report.Cell("R4", 6) + 1}\n件顺延到下年度答复。").Validate(),
            f => f is { RuleId: "X-APPS", Location: "三/R4/总计" });

    [Fact]
    public void Outcome_block_count_is_compared_with_the_block_total() =>
        Assert.Contains(
            Report.WithOverview($"因本机关不掌握等原因无法提供{Report.Cell("U1", 6)}件。").Validate(),
            f => f is { RuleId: "X-APPS", Location: "三/U1-U3/总计" });

    [Fact]
    public void Hotline_work_orders_are_not_taken_for_applications() =>
        Assert.DoesNotContain(Report.WithOverview("热线共受理各类工单23864件,已办结23063件,办结率为96.64%。").Validate(), f => f.RuleId.StartsWith("X-", StringComparison.Ordinal));

    [Fact]
    public void Text_matching_the_tables_passes() =>
        Assert.DoesNotContain(Report.Validate(), f => f.RuleId.StartsWith("X-", StringComparison.Ordinal));

    [Fact]
    public void Wrong_share_is_flagged_with_both_figures()
    {
        var finding = Assert.Single(Report.WithOverview("热线共受理工单200件，办结50件，办结率30%。").Validate().OfRule("X-PCT"));

        Assert.Equal((Severity.Warning, "一/30%"), (finding.Severity, finding.Location));
        Assert.Contains("50 ÷ 200 = 25%", finding.Message);
    }

    [Theory]
    [InlineData("4.34")]
    [InlineData("4.35")]
    public void Share_truncated_or_rounded_at_the_printed_precision_is_accepted(string printed) =>
        Assert.DoesNotContain(Report.WithOverview($"热线共受理工单805件，办结35件，办结率{printed}%。").Validate(), f => f.RuleId == "X-PCT");

    [Fact]
    public void Outcome_share_is_recomputed_against_the_table_total()
    {
        var open = Report.Cell("G1", 6);
        var handled = Report.Cell("S7", 6);
        var wrong = Math.Round(open * 100m / handled, 1) + 3;

        Assert.Contains(Report.WithOverview($"予以公开{open}件，占{wrong:0.0}%。").Validate(), f => f.RuleId == "X-PCT");
    }

    [Theory]
    [InlineData("全年受理申请100件，较上年增长50%。")]
    [InlineData("发布政策解读30条，阅读率达95%。")]
    [InlineData("发布信息500条，回应关切20次，回应率100%。")]
    public void Percentages_without_both_figures_are_not_judged(string text) =>
        Assert.DoesNotContain(Report.WithOverview(text).Validate(), f => f.RuleId == "X-PCT");

    [Fact]
    public void Review_count_in_text_other_than_the_table_is_flagged() =>
        Assert.Contains(Report.WithOverview($"政府信息公开行政复议{Appeal(4) + 1}件。").Validate(),
            f => f is { RuleId: "X-REVLIT", Location: "四/行政复议/总计" });

    [Fact]
    public void Review_split_in_text_is_compared_outcome_by_outcome()
    {
        var findings = Report.WithOverview($"政府信息公开行政复议{Appeal(4)}件，其中结果维持{Appeal(0) + 1}件，结果纠正{Appeal(1)}件。").Validate().OfRule("X-REVLIT");

        Assert.Equal(["四/行政复议/结果维持"], findings.Select(f => f.Location));
    }

    [Fact]
    public void Litigation_count_is_the_sum_of_both_litigation_groups() =>
        Assert.DoesNotContain(Report.WithOverview($"政府信息公开行政诉讼{Appeal(9) + Appeal(14)}件。").Validate(), f => f.RuleId == "X-REVLIT");

    [Fact]
    public void All_upheld_claim_with_pending_cases_is_flagged()
    {
        Assert.True(Appeal(3) > 0);

        Assert.Contains(Report.WithOverview($"行政复议{Appeal(4)}件，均获维持。").Validate(),
            f => f is { RuleId: "X-REVLIT", Location: "四/行政复议/结果维持" } && f.Message.Contains($"尚未审结 {Appeal(3)}"));
    }

    [Fact]
    public void All_upheld_claim_that_is_true_passes()
    {
        var report = Report.WithAppeals(3, 0, 0, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0).WithOverview("行政复议3件，诉讼1件，均获维持。");

        Assert.DoesNotContain(report.Validate(), f => f.RuleId == "X-REVLIT");
    }

    [Fact]
    public void Section_six_without_the_processing_fee_is_flagged_from_2021() =>
        Assert.Contains(Report.WithOther("本年度无其他需要报告的事项。").Validate(), f => f is { RuleId: "X-FEE6", Severity: Severity.Warning, Location: "六" });

    [Fact]
    public void Section_six_saying_no_fee_was_charged_passes() =>
        Assert.DoesNotContain(Report.WithOther("本年度未收取任何费用。").Validate(), f => f.RuleId == "X-FEE6");

    [Fact]
    public void Section_six_of_a_2020_report_needs_no_processing_fee() =>
        Assert.DoesNotContain((Report.WithOther("无。") with { Year = 2020 }).Validate(), f => f.RuleId == "X-FEE6");
}
