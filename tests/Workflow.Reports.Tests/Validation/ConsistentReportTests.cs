using CsCheck;
using Workflow.Reports.Tests.Support;

namespace Workflow.Reports.Tests.Validation;

public class ConsistentReportTests
{
    [Fact]
    public void Generated_consistent_reports_have_no_errors() =>
        ConsistentReports.Gen.Sample(report => Assert.Empty(report.Validate().Errors()), iter: 300);

    [Fact]
    public void Generated_consistent_reports_have_no_findings_at_all() =>
        ConsistentReports.Gen.Sample(report => Assert.Empty(report.Validate()), iter: 300);

    [Fact]
    public void Example_report_has_no_findings() => Assert.Empty(ConsistentReports.Example().Validate());

    [Fact]
    public void Example_report_in_2019_layout_has_no_arithmetic_errors() =>
        Assert.Empty(ConsistentReports.Example().In2019Layout().Validate().Errors());
}
