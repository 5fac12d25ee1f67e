using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Review;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Review;

/// <summary>Reviewers see last year's key figures beside this year's, on the page and in the email.</summary>
[Collection(ReviewCollection.Name)]
public sealed class LastYearFiguresTests(ReviewTestHost host)
{
    /// <summary>Imports a 2022 report that received 5 applications (the seed, 2023, received none) and submits the seed.</summary>
    private async Task<TestAgency> SubmitAfterImportAsync()
    {
        var agency = await host.RegisterAgencyAsync();
        var lastYear = PastReports.WithRequestCell(PastReports.WithRequestCell(PastReports.SeedAs(host, agency, 2022), "R1", "自然人", 5), "R1", "总计", 5);
        Assert.Equal(201, (await PastReports.ImportAsHtmlAsync(host, lastYear)).StatusCode);
        Assert.Equal(202, (await host.SubmitSeedAsync(agency)).StatusCode);
        return agency;
    }

    [Fact]
    public async Task The_review_page_shows_last_years_key_figures_beside_this_years()
    {
        var agency = await SubmitAfterImportAsync();
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var page = (await host.Desk.ShowAsync(token, CancellationToken.None)).Html;

        Assert.Contains("与2022年度报告（导入）相比的主要数据", page, StringComparison.Ordinal);
        Assert.Contains("<th>指标</th><th>上年（2022年）</th><th>本年（2023年）</th><th>变化</th>", page, StringComparison.Ordinal);
        Assert.Contains("<tr data-key=\"R1\"><td>本年新收政府信息公开申请</td><td>5</td><td>0</td><td>-5（-100%）</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<tr data-key=\"R4\"><td>结转下年度继续办理</td><td>0</td><td>0</td><td>0</td></tr>", page, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_reviewer_email_shows_the_key_figures_in_both_parts()
    {
        var agency = await SubmitAfterImportAsync();

        var mail = await host.Mail.WaitForAsync(agency.Reviewer(1), m => m.Subject.StartsWith("【待审核】", StringComparison.Ordinal));

        Assert.Contains("本年新收政府信息公开申请：上年 5，本年 0，变化 -5（-100%）", mail.Text, StringComparison.Ordinal);
        Assert.Contains(">上年（2022年）</th>", mail.Html, StringComparison.Ordinal);
        Assert.Contains(">-5（-100%）</td>", mail.Html, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Without_last_years_report_the_page_compares_nothing()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var page = (await host.Desk.ShowAsync(token, CancellationToken.None)).Html;

        Assert.DoesNotContain("上年（", page, StringComparison.Ordinal);
        Assert.DoesNotContain("相比的主要数据", page, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Theory]
    [InlineData(15, 12, "+3（+25%）")]
    [InlineData(6, 8, "-2（-25%）")]
    [InlineData(7, 7, "0")]
    [InlineData(5, 0, "+5")]
    [InlineData(null, 3, "—")]
    [InlineData(4, null, "—")]
    public void The_change_is_the_difference_and_its_percentage(int? current, int? previous, string shown) =>
        Assert.Equal(shown, KeyFigureTable.Change(new KeyFigureChange("R1", "本年新收政府信息公开申请", current, previous)));
}
