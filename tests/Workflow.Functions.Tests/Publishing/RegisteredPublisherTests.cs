using Workflow.Functions.Publishing;

namespace Workflow.Functions.Tests.Publishing;

/// <summary>The registered agency is the publisher: a report whose title names another agency is published under the registered one.</summary>
public sealed class RegisteredPublisherTests
{
    private const string OtherAgencyTitle = "怀仁市人民政府办公室2023年政府信息公开工作年度报告";
    private static readonly DateTimeOffset ApprovedAt = new(2024, 1, 20, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_page_title_and_heading_of_a_report_titled_for_another_agency_name_the_registered_agency()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt, title: OtherAgencyTitle), agency);

        var page = await scenario.ReadAsync(PublicSitePaths.ReportPage(2023, agency.Id));
        Assert.Contains("<title>怀仁市行政审批服务管理局2023年政府信息公开工作年度报告</title>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>怀仁市行政审批服务管理局2023年政府信息公开工作年度报告</h1>", page, StringComparison.Ordinal);
        Assert.Contains("单位</dt><dd>怀仁市行政审批服务管理局</dd>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("怀仁市人民政府办公室", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_and_feed_entries_of_a_report_titled_for_another_agency_name_the_registered_agency()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt, title: OtherAgencyTitle), agency);

        Assert.DoesNotContain("怀仁市人民政府办公室", await scenario.ReadAsync(PublicSitePaths.YearIndexJson(2023)), StringComparison.Ordinal);
        Assert.DoesNotContain("怀仁市人民政府办公室", await scenario.ReadAsync(PublicSitePaths.Feed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_naming_the_registered_agency_is_published_as_written()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt, title: "2023年怀仁市行政审批服务管理局政府信息公开工作年度报告"), agency);

        Assert.Contains("<h1>2023年怀仁市行政审批服务管理局政府信息公开工作年度报告</h1>",
            await scenario.ReadAsync(PublicSitePaths.ReportPage(2023, agency.Id)), StringComparison.Ordinal);
    }
}
