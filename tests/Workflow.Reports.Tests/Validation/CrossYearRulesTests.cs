using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class CrossYearRulesTests
{
    private static readonly AnnualReport Report = ConsistentReports.Example();

    /// <summary>Last year's report as this one expects it: carry-over and stock agree, texts differ.</summary>
    private static AnnualReport Previous()
    {
        var rows = Report.Sections.Requests.Rows.ToDictionary(p => p.Key, p => p.Value);
        rows["R4"] = rows["R2"];
        var previous = Report.WithRows(rows)
            .WithOverview("2022年，本局围绕营商环境建设，推进审批服务标准化，完善政务服务事项清单，畅通群众诉求渠道。")
            .WithProblems("网站栏目更新不够及时，信息发布审核流程较长。将建立栏目巡查台账，缩短审核时限。")
            with { Year = Report.Year - 1, PublishedOn = new DateOnly(Report.Year, 1, 20) };
        foreach (var row in new[] { "规章", "行政规范性文件" })
        {
            decimal Value(string column) => Report.Sections.Proactive.Find("一", row, column)!.Value!.Value;
            var stock = Value("现行有效件数") - Value("本年制发件数") + Value("本年废止件数");
            previous = previous.WithProactiveCell("一", row, "现行有效件数", $"{stock}", stock, null);
        }
        return previous;
    }

    [Fact]
    public void Matching_previous_report_raises_nothing() => Assert.Empty(Report.Validate(Previous()));

    [Fact]
    public void Carry_over_differing_in_one_column_is_located_at_that_column()
    {
        var previous = Previous().WithCell("R4", 1, Report.Cell("R2", 1) + 4);

        var finding = Assert.Single(Report.Validate(previous).OfRule("Y-CARRY"));

        Assert.Equal((Severity.Error, "三/R2/商业企业"), (finding.Severity, finding.Location));
        Assert.Contains($"上年结转 {Report.Cell("R2", 1)}", finding.Message);
        Assert.Contains($"为 {Report.Cell("R2", 1) + 4}", finding.Message);
    }

    [Fact]
    public void Report_of_another_year_is_not_compared()
    {
        var previous = Previous().WithCell("R4", 1, 99) with { Year = Report.Year - 2 };

        Assert.Empty(Report.Validate(previous));
    }

    [Fact]
    public void Stock_not_following_last_year_is_flagged()
    {
        var previous = Previous().WithProactiveCell("一", "行政规范性文件", "现行有效件数", "10", 10, null);

        var finding = Assert.Single(Report.Validate(previous).OfRule("T2-STOCK"));

        Assert.Equal((Severity.Warning, "二/一/行政规范性文件/现行有效件数"), (finding.Severity, finding.Location));
        Assert.Contains("10 + 本年制发 8 − 本年废止 26 = -8", finding.Message);
    }

    [Fact]
    public void Copied_overview_is_flagged_with_its_similarity()
    {
        var previous = Previous().WithOverview(Report.Sections.Overview);

        var finding = Assert.Single(Report.Validate(previous).OfRule("Y-DUP"));

        Assert.Equal((Severity.Warning, "一"), (finding.Severity, finding.Location));
        Assert.Contains("相似度为 100%", finding.Message);
    }

    [Fact]
    public void Lightly_edited_problems_section_is_flagged_with_a_partial_percentage()
    {
        var previous = Previous().WithProblems(Report.Sections.Problems.Replace("下一步", "今后", StringComparison.Ordinal));

        var finding = Assert.Single(Report.Validate(previous).OfRule("Y-DUP"));

        Assert.Equal("五", finding.Location);
        Assert.Matches("相似度为 (5[1-9]|[6-9][0-9])%", finding.Message);
    }

    [Fact]
    public void Bigram_similarity_of_unrelated_texts_is_low() =>
        Assert.True(TextSimilarity.Of(Report.Sections.Overview, Previous().Sections.Overview) < 0.5);

    [Fact]
    public void Fivefold_jump_in_applications_is_noted()
    {
        var received = Report.Cell("R1", 6);
        var previous = Previous().WithCell("R1", 6, received / 6);

        var finding = Assert.Single(Report.Validate(previous).OfRule("Y-SPIKE"));

        Assert.Equal((Severity.Info, "三/R1/总计"), (finding.Severity, finding.Location));
    }

    [Fact]
    public void Ordinary_change_is_not_noted() =>
        Assert.Empty(Report.Validate(Previous().WithCell("R1", 6, Report.Cell("R1", 6) / 2)).OfRule("Y-SPIKE"));
}
