using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Agencies;
using Workflow.Functions.Lifecycle;
using Workflow.Functions.Season;
using Workflow.Functions.Storage;
using Workflow.Functions.Tests.Publishing;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Model;

namespace Workflow.Functions.Tests.Season;

/// <summary>
/// Deadline reminders and the supervisors' overview. The agencies table is shared with other tests, so each
/// test looks only at the agencies it registered. The clock stands at 2024-01-21 09:00 China time: ten days
/// before the departments' deadline for 2023.
/// </summary>
public sealed class SeasonTests
{
    private static readonly DateTimeOffset TenDaysBefore = new(2024, 1, 21, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(11, null)]
    [InlineData(10, 10)]
    [InlineData(7, 10)]
    [InlineData(5, 5)]
    [InlineData(2, 5)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    [InlineData(-1, null)]
    public void Reminder_threshold_due_for_days_left(int daysLeft, int? threshold) =>
        Assert.Equal(threshold, DeadlineReminders.DueThreshold(daysLeft));

    [Fact]
    public async Task Agency_that_has_not_submitted_is_reminded_once_ten_days_before_its_deadline()
    {
        await using var scenario = await PublicationScenario.StartAsync(TenDaysBefore);
        var agency = await scenario.RegisterAgencyAsync();
        var reminders = scenario.Services.GetRequiredService<DeadlineReminders>();

        await reminders.SendDueAsync();
        await reminders.SendDueAsync();

        var mail = Assert.Single(scenario.Mail.To(agency.Submitters[0]));
        Assert.Equal("提醒：怀仁市行政审批服务管理局2023年政府信息公开工作年度报告尚未提交，距法定公开期限还有 10 天", mail.Subject);
        Assert.Contains($"https://review.example.test/api/agencies/{agency.Id}/reports/2023/drafts", mail.Text);
    }

    [Fact]
    public async Task The_five_day_reminder_follows_the_ten_day_one()
    {
        await using var scenario = await PublicationScenario.StartAsync(TenDaysBefore);
        var agency = await scenario.RegisterAgencyAsync();
        var reminders = scenario.Services.GetRequiredService<DeadlineReminders>();
        await reminders.SendDueAsync();

        scenario.Clock.Now = TenDaysBefore.AddDays(5);
        await reminders.SendDueAsync();

        Assert.Collection(scenario.Mail.To(agency.Submitters[0]),
            first => Assert.EndsWith("还有 10 天", first.Subject),
            second => Assert.EndsWith("还有 5 天", second.Subject));
    }

    [Fact]
    public async Task Agency_that_submitted_is_not_reminded()
    {
        await using var scenario = await PublicationScenario.StartAsync(TenDaysBefore);
        var agency = await scenario.RegisterAgencyAsync();
        await SubmitAsync(scenario, agency);

        await scenario.Services.GetRequiredService<DeadlineReminders>().SendDueAsync();

        Assert.Empty(scenario.Mail.To(agency.Submitters[0]));
    }

    [Fact]
    public async Task Government_due_in_March_is_not_reminded_in_January()
    {
        await using var scenario = await PublicationScenario.StartAsync(TenDaysBefore);
        var government = await scenario.RegisterAgencyAsync(AgencyKind.Government);

        await scenario.Services.GetRequiredService<DeadlineReminders>().SendDueAsync();

        Assert.Empty(scenario.Mail.To(government.Submitters[0]));
    }

    [Fact]
    public async Task Overview_gives_each_registered_agency_its_state()
    {
        await using var scenario = await PublicationScenario.StartAsync(TenDaysBefore);
        var idle = await scenario.RegisterAgencyAsync();
        var reviewing = await scenario.RegisterAgencyAsync();
        var returned = await scenario.RegisterAgencyAsync();
        var published = await scenario.RegisterAgencyAsync();
        await SubmitAsync(scenario, reviewing);
        await SubmitAsync(scenario, returned);
        await scenario.Services.GetRequiredService<SubmissionStore>().ApplyAsync(new ReportKey(returned.Id, 2023), LifecycleEvent.ReturnForChanges(1, 0));
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(published, TenDaysBefore.AddDays(-1)), published);

        var overview = await scenario.Services.GetRequiredService<SeasonBoard>().GetAsync(2023);

        string StateOf(AgencyProfile agency) => overview.Agencies.Single(a => a.AgencyId == agency.Id).State;
        Assert.Equal(["未提交", "审核中", "退回修改", "已发布"], new[] { idle, reviewing, returned, published }.Select(StateOf).ToArray());
        var line = overview.Agencies.Single(a => a.AgencyId == published.Id);
        Assert.True(line.OnTime);
        Assert.Equal($"{scenario.PublicBase}/2023/{published.Id}/index.html", line.PageUrl);
        Assert.Equal(new DateOnly(2024, 1, 31), line.Deadline);
    }

    [Fact]
    public async Task Overview_route_answers_a_chinese_html_page_when_the_browser_asks_for_html()
    {
        await using var scenario = await PublicationScenario.StartAsync(TenDaysBefore);
        var agency = await scenario.RegisterAgencyAsync();
        var function = ActivatorUtilities.CreateInstance<GetSeasonOverview>(scenario.Services);
        var request = TestRequests.Create("GET", headers: new Dictionary<string, string>
        {
            ["X-Admin-Key"] = TestSettings.AdminKey,
            ["Accept"] = "text/html,application/xhtml+xml",
        });

        var result = (ContentResult)await function.Run(request, "2023", CancellationToken.None);

        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.Contains("<h1>2023年度政府信息公开工作年度报告进度</h1>", result.Content);
        Assert.Contains($"<small>{agency.Id}</small></td><td>部门</td><td>2024年1月31日</td><td>未提交</td>", result.Content);
    }

    [Fact]
    public async Task Overview_route_answers_json_by_default()
    {
        await using var scenario = await PublicationScenario.StartAsync(TenDaysBefore);
        var agency = await scenario.RegisterAgencyAsync();
        var function = ActivatorUtilities.CreateInstance<GetSeasonOverview>(scenario.Services);

        var result = (ContentResult)await function.Run(
            TestRequests.Create("GET", headers: new Dictionary<string, string> { ["X-Admin-Key"] = TestSettings.AdminKey }), "2023", CancellationToken.None);

        Assert.StartsWith("application/json", result.ContentType);
        var line = System.Text.Json.Nodes.JsonNode.Parse(result.Content!)!["agencies"]!.AsArray().Single(a => a!["agencyId"]!.GetValue<string>() == agency.Id)!;
        Assert.Equal("未提交", line["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Overview_route_requires_the_admin_key()
    {
        await using var scenario = await PublicationScenario.StartAsync(TenDaysBefore);
        var function = ActivatorUtilities.CreateInstance<GetSeasonOverview>(scenario.Services);

        var result = await function.Run(TestRequests.Create("GET"), "2023", CancellationToken.None);

        Assert.Equal(401, ((IStatusCodeActionResult)result).StatusCode);
    }

    private static async Task SubmitAsync(PublicationScenario scenario, AgencyProfile agency)
    {
        var submissions = scenario.Services.GetRequiredService<SubmissionStore>();
        var key = new ReportKey(agency.Id, 2023);
        Assert.True(await submissions.TryClaimRevisionAsync(key,
            new RevisionEntity { Revision = 1, ContentSha256 = new string('b', 64), MediaType = "text/plain", SubmittedAt = TenDaysBefore.AddDays(-2) }));
        Assert.True((await submissions.ApplyAsync(key, LifecycleEvent.Submit(1, correction: false))).Changes);
    }
}
