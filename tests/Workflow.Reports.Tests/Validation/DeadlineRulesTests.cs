using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class DeadlineRulesTests
{
    private static AnnualReport Published(AgencyKind kind, int year, int month, int day)
    {
        var report = ConsistentReports.Example();
        return report with { Agency = report.Agency with { Kind = kind }, PublishedOn = new DateOnly(year, month, day) };
    }

    [Fact]
    public void Department_published_2_February_is_late()
    {
        var finding = Assert.Single(Published(AgencyKind.Department, 2024, 2, 2).Validate());

        Assert.Equal(("D-DEPT", Severity.Warning, "发布日期"), (finding.RuleId, finding.Severity, finding.Location));
        Assert.Contains("2024年1月31日", finding.Message);
        Assert.Contains("逾期 2 天", finding.Message);
    }

    [Fact]
    public void Department_published_31_January_is_on_time() =>
        Assert.Empty(Published(AgencyKind.Department, 2024, 1, 31).Validate());

    [Fact]
    public void Government_published_31_March_is_on_time() =>
        Assert.DoesNotContain(Published(AgencyKind.Government, 2024, 3, 31).Validate(), f => f.RuleId.StartsWith("D-", StringComparison.Ordinal));

    [Fact]
    public void Government_published_1_April_is_late() =>
        Assert.Contains(Published(AgencyKind.Government, 2024, 4, 1).Validate(), f => f.RuleId == "D-GOV");

    [Fact]
    public void Published_31_December_of_the_report_year_is_too_early()
    {
        var finding = Assert.Single(Published(AgencyKind.Department, 2023, 12, 31).Validate());

        Assert.Equal("D-START", finding.RuleId);
    }

    [Fact]
    public void Draft_without_a_date_is_not_checked() =>
        Assert.Empty((ConsistentReports.Example() with { PublishedOn = null }).Validate());

    [Theory]
    [InlineData(AgencyKind.Department, "2024-01-31")]
    [InlineData(AgencyKind.Government, "2024-03-31")]
    public void Legal_deadline_follows_article_49(AgencyKind kind, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new LegalDeadline(kind, 2023).Date);

    [Fact]
    public void Legal_deadline_knows_on_time()
    {
        var deadline = new LegalDeadline(AgencyKind.Department, 2023);

        Assert.True(deadline.IsOnTime(new DateOnly(2024, 1, 1)));
        Assert.False(deadline.IsOnTime(new DateOnly(2023, 12, 31)));
        Assert.False(deadline.IsOnTime(new DateOnly(2024, 2, 1)));
    }
}
