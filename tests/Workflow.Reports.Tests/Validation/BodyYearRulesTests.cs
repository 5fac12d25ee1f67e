using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class BodyYearRulesTests
{
    private const string FirstSentenceOfPartOne = "2023年,我局在市委";

    [Fact]
    public void Last_year_as_the_time_of_this_years_work_is_flagged_at_its_sentence()
    {
        var finding = Assert.Single(SeedVariants.Findings(FirstSentenceOfPartOne, "2022年,我局在市委").OfRule("Y-BODY"));

        Assert.Equal((Severity.Warning, "一/第1句"), (finding.Severity, finding.Location));
        Assert.Contains("2022年", finding.Message);
        Assert.Contains("2023年度", finding.Message);
    }

    [Theory]
    [InlineData("截至2022年底,我局共梳理公开事项120项。")]
    [InlineData("我局2022年度政府信息公开工作规范化水平明显提升。")]
    [InlineData("(一)主动公开情况2022年,全局主动公开政府信息300条。")]
    [InlineData("2022年全年共受理各类申请5件。")]
    [InlineData("在2022年,本局进一步完善发布审核制度。")]
    public void Copied_sentences_with_an_earlier_year_are_flagged(string sentence) =>
        Assert.Single(SeedVariants.Findings(FirstSentenceOfPartOne, sentence + FirstSentenceOfPartOne).OfRule("Y-BODY"));

    [Fact]
    public void Preamble_compiling_last_years_report_is_flagged()
    {
        var finding = Assert.Single(SeedVariants.Findings("编制2023年政府信息公开工作年度报告", "编制2022年政府信息公开工作年度报告").OfRule("Y-BODY"));

        Assert.StartsWith("前言/", finding.Location);
    }

    [Theory]
    [InlineData("本年受理申请较2022年增长15%。")]
    [InlineData("与2022年相比,依申请公开数量有所增加。")]
    [InlineData("上年度结转申请均已办结。")]
    [InlineData("严格执行国办公开办函〔2019〕60号和国办公开办函〔2021〕30号要求。")]
    [InlineData("认真学习2019年修订的《中华人民共和国政府信息公开条例》。")]
    [InlineData("《条例》于2019年4月3日修订,自2019年5月15日起施行。")]
    [InlineData("落实《法治政府建设实施纲要(2021—2025年)》。")]
    [InlineData("围绕2021-2025年发展规划公开重点领域信息。")]
    [InlineData("自2019年以来,持续开展政务公开标准化建设。")]
    [InlineData("按时发布2022年政府信息公开工作年度报告。")]
    [InlineData("公开我局2022年度部门决算。")]
    [InlineData("在2022年度全市政务公开工作考核中被评为优秀。")]
    [InlineData("2024年,我局将进一步加强政策解读。")]
    [InlineData("本报告于2024年1月31日前向社会公布。")]
    [InlineData("落实《2023年政务公开工作要点》。")]
    public void Legitimate_mentions_of_other_years_are_not_flagged(string sentence) =>
        Assert.Empty(SeedVariants.Findings(FirstSentenceOfPartOne, sentence + FirstSentenceOfPartOne).OfRule("Y-BODY"));
}
