using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

/// <summary>F-AGENCY: the title names the registered agency, or the bureau acknowledges that it does not.</summary>
public class AgencyRulesTests
{
    private const string Registered = "怀仁市行政审批服务管理局";
    private static readonly AnnualReport Report = ConsistentReports.Example();

    private static IReadOnlyList<Finding> Check(string title) => [.. AgencyRules.Check(Report with { Title = title }, Registered)];

    [Fact]
    public void A_title_naming_another_agency_is_an_error_at_the_title()
    {
        var finding = Assert.Single(Check("怀仁市人民政府办公室2023年政府信息公开工作年度报告"));

        Assert.Equal(("F-AGENCY", Severity.Error, "标题"), (finding.RuleId, finding.Severity, finding.Location));
        Assert.Contains("怀仁市人民政府办公室", finding.Message, StringComparison.Ordinal);
        Assert.Contains(Registered, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_first_title_naming_another_agency_is_an_error() =>
        Assert.Single(Check("2023年怀仁市人民政府办公室政府信息公开工作年度报告"), f => f.RuleId == "F-AGENCY");

    [Theory]
    [InlineData("怀仁市行政审批服务管理局2023年政府信息公开工作年度报告")]
    [InlineData("怀仁市行政审批服务管理局 2023年政府信息公开工作年度报告")]
    [InlineData("怀仁市 行政审批服务管理局\u30002023年政府信息公开工作年度报告")]
    [InlineData("2023年怀仁市行政审批服务管理局政府信息公开工作年度报告")]
    [InlineData("怀仁市行政审批服务管理局２０２３年政府信息公开工作年度报告")]
    public void A_title_naming_the_registered_agency_whatever_its_spacing_or_width_is_no_finding(string title) =>
        Assert.Empty(Check(title));

    [Theory]
    [InlineData("")]
    [InlineData("政府信息公开工作年度报告")]
    [InlineData("2023年政府信息公开工作年度报告")]
    public void A_title_that_names_no_agency_is_left_to_F_TITLE(string title) =>
        Assert.Empty(Check(title));

    [Fact]
    public void The_validator_alone_does_not_know_the_registration_and_never_reports_F_AGENCY() =>
        Assert.DoesNotContain((Report with { Title = "怀仁市人民政府办公室2023年政府信息公开工作年度报告" }).Validate(), f => f.RuleId == "F-AGENCY");
}
