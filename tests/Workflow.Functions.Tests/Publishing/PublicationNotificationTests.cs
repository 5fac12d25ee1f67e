using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Notifications;
using Workflow.Functions.Publishing;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Publishing;

/// <summary>Who is told about a publication, and the admin route that manages subscriptions.</summary>
public sealed class PublicationNotificationTests
{
    private static readonly DateTimeOffset ApprovedAt = new(2024, 1, 20, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Bureau_and_agency_subscribers_get_the_published_mail_with_the_public_url()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        var subscriber = $"reader@{agency.Id}.example";
        await scenario.Services.GetRequiredService<SubscriptionStore>().AddAsync(subscriber, agency.Id);

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        var url = $"{scenario.PublicBase}/2023/{agency.Id}/index.html";
        foreach (var to in new[] { agency.Submitters[0], subscriber })
        {
            var mail = Assert.Single(scenario.Mail.To(to));
            Assert.Equal("已发布：怀仁市行政审批服务管理局2023年政府信息公开工作年度报告（第1稿）", mail.Subject);
            Assert.Contains(url, mail.Text);
            Assert.Contains(url, mail.Html);
        }
    }

    [Fact]
    public async Task Approving_reviewer_gets_a_confirmation_and_not_the_general_mail()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        var mail = Assert.Single(scenario.Mail.To(agency.ReviewStages[0][0]));
        Assert.StartsWith("您批准的报告已发布", mail.Subject);
        Assert.Contains($"{scenario.PublicBase}/2023/{agency.Id}/index.html", mail.Text);
    }

    [Fact]
    public async Task A_subscriber_to_all_agencies_gets_every_agencys_publication()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var first = await scenario.RegisterAgencyAsync();
        var second = await scenario.RegisterAgencyAsync();
        var watcher = $"watcher-{Guid.NewGuid():N}@example.test";
        var subscriptions = scenario.Services.GetRequiredService<SubscriptionStore>();
        await subscriptions.AddAsync(watcher, agencyId: null);
        try
        {
            await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(first, ApprovedAt), first);
            await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(second, ApprovedAt), second);
        }
        finally
        {
            await subscriptions.RemoveAsync(watcher, agencyId: null);
        }

        var texts = scenario.Mail.To(watcher).Select(m => m.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains(texts, t => t.Contains($"{scenario.PublicBase}/2023/{first.Id}/index.html", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains($"{scenario.PublicBase}/2023/{second.Id}/index.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Subscription_route_requires_the_admin_key()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var function = ActivatorUtilities.CreateInstance<ManageSubscriptions>(scenario.Services);

        var result = await function.Run(Request("put", """{"email":"a@example.test"}""", adminKey: "wrong"), CancellationToken.None);

        Assert.Equal(401, ((Microsoft.AspNetCore.Mvc.Infrastructure.IStatusCodeActionResult)result).StatusCode);
    }

    [Fact]
    public async Task Subscription_route_refuses_a_malformed_address()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var function = ActivatorUtilities.CreateInstance<ManageSubscriptions>(scenario.Services);

        var result = await function.Run(Request("put", """{"email":"a@example.test\r\nBcc: x@evil.test"}"""), CancellationToken.None);

        Assert.Equal(400, ((Microsoft.AspNetCore.Mvc.Infrastructure.IStatusCodeActionResult)result).StatusCode);
    }

    [Fact]
    public async Task Subscription_added_over_http_receives_the_agencys_publication()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        var function = ActivatorUtilities.CreateInstance<ManageSubscriptions>(scenario.Services);
        var subscriber = $"Journalist@{agency.Id}.example";

        var result = await function.Run(Request("put", $$"""{"email":"{{subscriber}}","agencyId":"{{agency.Id}}"}"""), CancellationToken.None);
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        Assert.Equal(200, ((Microsoft.AspNetCore.Mvc.Infrastructure.IStatusCodeActionResult)result).StatusCode);
        Assert.Single(scenario.Mail.To(subscriber.ToLowerInvariant()));
    }

    private static Microsoft.AspNetCore.Http.HttpRequest Request(string method, string json, string adminKey = TestSettings.AdminKey) =>
        TestRequests.Create(method, Encoding.UTF8.GetBytes(json), "application/json", new Dictionary<string, string> { ["X-Admin-Key"] = adminKey });
}
