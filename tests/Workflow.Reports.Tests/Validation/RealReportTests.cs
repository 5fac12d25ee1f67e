using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class RealReportTests
{
    private static readonly string[] ArithmeticRules = ["T3-BAL", "T3-S7", "T3-ROW", "T4-REV", "T4-LITD", "T4-LITR"];

    /// <summary>The examiner's content rules of issue 13 (P-PEER needs peers and is not part of the validator).</summary>
    private static readonly string[] ContentRules = ["Y-BODY", "F-BASIS", "F-S1", "F-S6", "T2-POWER", "X-T2"];

    private static IReadOnlyList<Finding> Seed => RealReportFindings.Of(RealReportFindings.Seed, AgencyKind.Department);
    private static IReadOnlyList<Finding> Shanghai => RealReportFindings.Of(RealReportFindings.Shanghai, AgencyKind.Government);
    private static IReadOnlyList<Finding> Huaian => RealReportFindings.Of(RealReportFindings.Huaian, AgencyKind.Government);

    [Fact]
    public void Seed_has_no_errors() => Assert.Empty(Seed.Errors());

    [Fact]
    public void Seed_warns_of_2019_tables_in_a_2023_report()
    {
        var versions = Seed.OfRule("F-VERSION").ToList();

        Assert.All(versions, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(["二", "三"], versions.Select(f => f.Location));
    }

    [Fact]
    public void Seed_keeps_the_readers_truncated_header_note() => Assert.Contains(Seed, f => f.RuleId == "F-HDR");

    [Fact]
    public void Seed_hotline_percentage_is_accepted() => Assert.DoesNotContain(Seed, f => f.RuleId == "X-PCT");

    [Fact]
    public void Seed_passes_period_title_and_deadline_rules() =>
        Assert.DoesNotContain(Seed, f => f.RuleId is "F-PERIOD" or "F-TITLE" or "D-DEPT" or "D-START" or "F-SECT" or "F-S5");

    [Fact]
    public void Huaian_has_no_arithmetic_errors() => Assert.DoesNotContain(Huaian, f => ArithmeticRules.Contains(f.RuleId));

    [Fact]
    public void Huaian_text_agrees_with_its_tables() =>
        Assert.DoesNotContain(Huaian, f => f.RuleId.StartsWith("X-", StringComparison.Ordinal));

    [Fact]
    public void Shanghai_has_no_arithmetic_errors() => Assert.DoesNotContain(Shanghai, f => ArithmeticRules.Contains(f.RuleId));

    [Fact]
    public void Shanghai_blank_totals_are_reported_as_blank_cells()
    {
        var blankTotals = Shanghai.OfRule("T3-INT").Where(f => f.Location.EndsWith("/总计", StringComparison.Ordinal)).ToList();

        Assert.All(blankTotals, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(blankTotals, f => f.Location == "三/G1/总计");
        Assert.Equal(19, blankTotals.Count);
    }

    [Fact]
    public void Shanghai_disclosed_count_in_text_contradicts_the_table()
    {
        var finding = Assert.Single(Shanghai.OfRule("X-APPS"), f => f.Location == "三/G1+G2/总计");

        Assert.Contains("258", finding.Message);
        Assert.Contains("275", finding.Message);
    }

    [Fact]
    public void Shanghai_wrong_percentage_is_flagged_and_truncated_one_accepted()
    {
        var percentages = Shanghai.OfRule("X-PCT").ToList();

        Assert.Equal(["一/33.9%"], percentages.Select(f => f.Location));
    }

    [Fact]
    public void Shanghai_all_upheld_claim_contradicts_pending_cases() =>
        Assert.Contains(Shanghai, f => f is { RuleId: "X-REVLIT", Location: "四/行政复议/结果维持" });

    [Fact]
    public void Shanghai_money_in_yuan_is_flagged() =>
        Assert.Contains(Shanghai, f => f is { RuleId: "T2-UNIT", Location: "二/九/政府集中采购/采购总金额" } && f.Message.Contains("25.1 万元"));

    [Fact]
    public void Seed_content_rules_find_only_what_part_six_lacks() =>
        Assert.Equal(["F-S6"], Seed.Where(f => ContentRules.Contains(f.RuleId)).Select(f => f.RuleId));

    /// <summary>
    /// The seed's part 六 is "本年度无其他需要报告的事项。" in a 2023 report: the 2021 format asks every report for the
    /// 要点, 建议提案 and 创新 items there (the fee is X-FEE6's), so F-S6 is right to ask for them.
    /// </summary>
    [Fact]
    public void Seed_part_six_is_asked_for_the_three_items_of_the_2021_format()
    {
        var finding = Assert.Single(Seed.OfRule("F-S6"));

        Assert.Contains("“落实上级年度政务公开工作要点情况”“人大代表建议和政协提案办理结果公开情况”“年度政务公开工作创新情况”", finding.Message);
    }

    [Fact]
    public void Shanghai_2019_gets_none_of_the_content_rules() =>
        Assert.DoesNotContain(Shanghai, f => ContentRules.Contains(f.RuleId));

    [Fact]
    public void Shanghai_naming_last_years_final_accounts_is_no_stale_year()
    {
        var overview = RealReportFindings.Read(RealReportFindings.Shanghai, AgencyKind.Government).Report.Sections.Overview;

        Assert.Contains("2018年部门决算", TextFigures.Normalise(overview));
        Assert.DoesNotContain(Shanghai, f => f.RuleId == "Y-BODY");
    }

    [Fact]
    public void Huaian_content_rules_find_only_what_part_six_lacks() =>
        Assert.Equal(["F-S6"], Huaian.Where(f => ContentRules.Contains(f.RuleId)).Select(f => f.RuleId));

    /// <summary>
    /// Huai'an's part 六 reports only the 信息处理费 (3940 元): complete for the fee, but without the 要点, 建议提案 and 创新
    /// items the 2021 format asks for, so F-S6 names those three and not the fee.
    /// </summary>
    [Fact]
    public void Huaian_part_six_is_asked_for_the_three_items_but_not_the_fee()
    {
        var finding = Assert.Single(Huaian.OfRule("F-S6"));

        Assert.Contains("未报告“落实上级年度政务公开工作要点情况”“人大代表建议和政协提案办理结果公开情况”“年度政务公开工作创新情况”：", finding.Message);
        Assert.DoesNotContain(Huaian, f => f.RuleId == "X-FEE6");
    }
}
