using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class FormatContentRulesTests
{
    private static readonly AnnualReport Report = ConsistentReports.Example();

    private const string SeedBasis = "按照怀仁市政府办公室通知要求";

    [Fact]
    public void Citing_only_the_2019_notice_in_a_2023_report_is_flagged()
    {
        var finding = Assert.Single(SeedVariants.Findings(SeedBasis, "按照国办公开办函〔2019〕60号要求").OfRule("F-BASIS"));

        Assert.Equal((Severity.Warning, "前言"), (finding.Severity, finding.Location));
        Assert.Contains("〔2021〕30号", finding.Message);
    }

    [Theory]
    [InlineData("按照国办公开办函〔2019〕60号和国办公开办函〔2021〕30号要求")]
    [InlineData("按照国办公开办函[2021]30号要求")]
    public void Citing_the_2021_notice_is_fine(string basis) =>
        Assert.Empty(SeedVariants.Findings(SeedBasis, basis).OfRule("F-BASIS"));

    [Fact]
    public void A_2020_report_may_cite_the_2019_notice() =>
        Assert.Empty((Report with { Year = 2020 }).WithPreamble("根据国办公开办函〔2019〕60号编制。").Validate().OfRule("F-BASIS"));

    [Fact]
    public void Part_one_without_platforms_names_the_missing_topic()
    {
        var finding = Assert.Single(SeedVariants.Findings("可全部通过政务服务网实现", "可全部实现").OfRule("F-S1"));

        Assert.Equal((Severity.Warning, "一"), (finding.Severity, finding.Location));
        Assert.Contains("“政府信息公开平台建设”", finding.Message);
        Assert.DoesNotContain("“监督保障”", finding.Message);
    }

    [Theory]
    [InlineData("（一）主动公开。（二）依申请公开。（三）政府信息管理。（四）政府信息公开平台建设。（五）监督保障。")]
    [InlineData("主动发布政策文件并做好解读。依法办理信息公开申请。落实保密审查制度。优化政务公开平台。开展监督检查。")]
    [InlineData("做好政策解读。依申请公开答复规范。加强公开属性源头认定。管好政府网站和政务新媒体。加强组织领导和培训。")]
    public void Topics_are_recognised_in_the_words_reports_use(string overview) =>
        Assert.Empty(Report.WithOverview(overview).Validate().OfRule("F-S1"));

    [Theory]
    [InlineData("主动公开", "依申请公开答复规范。加强信息管理。优化政府网站。开展监督检查。")]
    [InlineData("依申请公开", "主动公开政策文件。加强信息管理。优化政府网站。开展监督检查。")]
    [InlineData("政府信息管理", "主动公开政策文件。依申请公开答复规范。优化政府网站。开展监督检查。")]
    [InlineData("监督保障", "主动公开政策文件。依申请公开答复规范。加强信息管理。优化政府网站。")]
    public void Each_missing_topic_is_named(string topic, string overview) =>
        Assert.Contains($"“{topic}”", Assert.Single(Report.WithOverview(overview).Validate().OfRule("F-S1")).Message);

    [Fact]
    public void A_governments_part_one_also_reports_assessment_and_accountability()
    {
        var government = Report with { Agency = Report.Agency with { Name = "淮安市人民政府", Kind = AgencyKind.Government } };
        const string WithoutAssessment = "主动公开政策文件。依申请公开答复规范。加强信息管理。优化政府网站。开展监督检查。";

        Assert.Contains("工作考核、社会评议和责任追究", Assert.Single(government.WithOverview(WithoutAssessment).Validate().OfRule("F-S1")).Message);
        Assert.Empty(government.WithOverview(WithoutAssessment + "开展年度政务公开考核和社会评议。").Validate().OfRule("F-S1"));
        Assert.Empty(Report.WithOverview(WithoutAssessment).Validate().OfRule("F-S1"));
    }

    [Fact]
    public void Part_one_far_beyond_the_usual_length_is_flagged()
    {
        var longOverview = Report.Sections.Overview + string.Concat(Enumerable.Repeat("全面推进经济社会各项事业发展，深化改革，扩大开放。", 600));

        var finding = Assert.Single(Report.WithOverview(longOverview).Validate().OfRule("F-S1"));

        Assert.Equal("一/篇幅", finding.Location);
    }

    [Fact]
    public void Part_six_without_the_2021_items_names_each()
    {
        var finding = Assert.Single(Report.WithOther("本年度未收取信息处理费。").Validate().OfRule("F-S6"));

        Assert.Equal((Severity.Warning, "六"), (finding.Severity, finding.Location));
        Assert.Contains("“落实上级年度政务公开工作要点情况”", finding.Message);
        Assert.Contains("“人大代表建议和政协提案办理结果公开情况”", finding.Message);
        Assert.Contains("“年度政务公开工作创新情况”", finding.Message);
    }

    [Fact]
    public void Part_six_with_only_the_innovation_missing_names_only_that()
    {
        var finding = Assert.Single(Report.WithOther("本年度未收取信息处理费。落实上级政务公开工作要点。公开建议提案办理结果。").Validate().OfRule("F-S6"));

        Assert.DoesNotContain("“落实上级年度政务公开工作要点情况”", finding.Message);
        Assert.Contains("“年度政务公开工作创新情况”", finding.Message);
    }

    [Fact]
    public void Part_six_of_a_2020_report_is_free_text() =>
        Assert.Empty((Report with { Year = 2020 }).WithOther("无。").Validate().OfRule("F-S6"));
}
