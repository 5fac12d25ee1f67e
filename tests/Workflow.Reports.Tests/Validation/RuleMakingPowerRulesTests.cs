using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class RuleMakingPowerRulesTests
{
    /// <summary>The seed's 规章 row with 2 in its first column (本年新制作数量).</summary>
    private static IReadOnlyList<Finding> SeedWithRules(string agencyName, AgencyKind kind = AgencyKind.Department) =>
        SeedVariants.Findings("规章 |\n0 |", "规章 |\n2 |", ReadOptions.None with { AgencyName = agencyName, Kind = kind });

    [Theory]
    [InlineData("某县行政审批服务管理局", AgencyKind.Department)]
    [InlineData("北京市朝阳区教育委员会", AgencyKind.Department)]
    [InlineData("某县人民政府", AgencyKind.Government)]
    [InlineData("某市某区某街道办事处", AgencyKind.Department)]
    [InlineData("某县某镇人民政府", AgencyKind.Government)]
    public void Rules_reported_by_an_agency_without_rule_making_power_are_flagged(string name, AgencyKind kind)
    {
        var finding = Assert.Single(SeedWithRules(name, kind).OfRule("T2-POWER"));

        Assert.Equal((Severity.Warning, "二/一/规章"), (finding.Severity, finding.Location));
        Assert.Contains("“本年新制作数量”2", finding.Message);
    }

    [Theory]
    [InlineData("怀仁市行政审批服务管理局")]
    [InlineData("淮安市人民政府")]
    [InlineData("广西壮族自治区人民政府")]
    [InlineData("自然资源部")]
    public void Agencies_whose_level_the_name_leaves_open_or_that_may_make_rules_are_not_flagged(string name) =>
        Assert.Empty(SeedWithRules(name, name.EndsWith("人民政府", StringComparison.Ordinal) ? AgencyKind.Government : AgencyKind.Department).OfRule("T2-POWER"));

    [Fact]
    public void No_rules_reported_is_fine() =>
        Assert.Empty(SeedVariants.Findings(ReadOptions.None with { AgencyName = "某县行政审批服务管理局", Kind = AgencyKind.Department }).OfRule("T2-POWER"));

    [Theory]
    [InlineData("某县教育局", AgencyLevel.County)]
    [InlineData("某某自治县民族宗教事务局", AgencyLevel.County)]
    [InlineData("某盟某旗人民政府", AgencyLevel.County)]
    [InlineData("上海市浦东新区人民政府", AgencyLevel.County)]
    [InlineData("某县人民政府办公室", AgencyLevel.County)]
    [InlineData("某镇人民政府", AgencyLevel.Township)]
    [InlineData("佳县螅镇", AgencyLevel.Township)]
    [InlineData("某区某某街道办事处", AgencyLevel.Township)]
    [InlineData("某乡人民政府", AgencyLevel.Township)]
    [InlineData("怀仁市行政审批服务管理局", AgencyLevel.Unknown)]
    [InlineData("某市住房和城乡建设局", AgencyLevel.Unknown)]
    [InlineData("镇江市人民政府", AgencyLevel.Unknown)]
    [InlineData("内蒙古自治区发展和改革委员会", AgencyLevel.Unknown)]
    [InlineData("大兴安岭地区行政公署", AgencyLevel.Unknown)]
    [InlineData("国家乡村振兴局", AgencyLevel.Unknown)]
    [InlineData("上海市人民政府办公厅", AgencyLevel.Unknown)]
    public void Level_is_read_from_the_name_only_when_certain(string name, AgencyLevel level) =>
        Assert.Equal(level, AgencyLevels.FromName(name));
}
