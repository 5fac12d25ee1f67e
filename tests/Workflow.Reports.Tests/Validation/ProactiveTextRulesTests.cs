using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

/// <summary>
/// The example's table 二: 规章 1/0/11, 行政规范性文件 8/26/66, 行政许可 4472, 行政处罚 39, 行政强制 8,
/// 行政事业性收费 96171.6 万元.
/// </summary>
public class ProactiveTextRulesTests
{
    private static readonly AnnualReport Report = ConsistentReports.Example();

    private static IEnumerable<Finding> WithSentence(string sentence) =>
        Report.WithOverview(Report.Sections.Overview + "\n" + sentence).Validate().OfRule("X-T2");

    [Fact]
    public void The_examples_own_sentence_agrees_with_its_table() =>
        Assert.Contains("制发行政规范性文件8件", Report.Sections.Overview);

    [Theory]
    [InlineData("本年制发行政规范性文件9件。", "二/一/行政规范性文件/本年制发件数")]
    [InlineData("全年制发规章1件、行政规范性文件9件。", "二/一/行政规范性文件/本年制发件数")]
    [InlineData("规范性文件制发8件、废止3件。", "二/一/行政规范性文件/本年废止件数")]
    [InlineData("制发规范性文件8件,废止26件,现行有效67件。", "二/一/行政规范性文件/现行有效件数")]
    [InlineData("废止规章2件。", "二/一/规章/本年废止件数")]
    [InlineData("全年作出行政许可决定4000件。", "二/五/行政许可/本年处理决定数量")]
    [InlineData("办理行政处罚案件40件。", "二/六/行政处罚/本年处理决定数量")]
    [InlineData("行政强制决定9件。", "二/六/行政强制/本年处理决定数量")]
    [InlineData("收取行政事业性收费9617.16万元。", "二/八/行政事业性收费/本年收费金额（单位：万元）")]
    public void A_figure_of_table_two_stated_differently_in_the_text_is_flagged(string sentence, string location)
    {
        var finding = Assert.Single(WithSentence(sentence));

        Assert.Equal((Severity.Warning, location), (finding.Severity, finding.Location));
    }

    [Theory]
    [InlineData("全年制发规章1件、行政规范性文件8件,废止26件,现行有效66件。")]
    [InlineData("规范性文件制发8件、废止26件、现行有效66件。")]
    [InlineData("全年作出行政许可决定4472件,行政处罚决定39件。")]
    [InlineData("收取行政事业性收费96171.6万元。")]
    [InlineData("收取行政事业性收费961716000元。")]
    public void Figures_that_agree_with_the_table_pass(string sentence) => Assert.Empty(WithSentence(sentence));

    [Theory]
    [InlineData("主动公开规章13件(含新制定5件,修改4件,废止4件)。")]
    [InlineData("全年新增公开市政府规章1件、政策性文件11件。")]
    [InlineData("清理规范性文件120件。")]
    [InlineData("受理行政许可申请5000件。")]
    [InlineData("收取信息处理费3940元。")]
    public void Other_quantities_are_not_judged(string sentence) => Assert.Empty(WithSentence(sentence));

    [Fact]
    public void A_permit_count_added_to_the_seeds_part_one_is_compared_with_its_2019_table()
    {
        var finding = Assert.Single(SeedVariants.Findings("服务承诺等事项。", "服务承诺等事项。本年度共作出行政许可决定15000件。").OfRule("X-T2"));

        Assert.Equal("二/五/行政许可/本年处理决定数量", finding.Location);
        Assert.Contains("15098", finding.Message);
    }
}
