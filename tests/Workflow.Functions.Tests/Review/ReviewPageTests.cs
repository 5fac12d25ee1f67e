using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Review;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class ReviewPageTests(ReviewTestHost host)
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public async Task The_page_shows_the_report_and_a_form_and_showing_it_changes_nothing()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var first = await host.Desk.ShowAsync(token, CancellationToken.None);
        var second = await host.Desk.ShowAsync(token, CancellationToken.None);

        Assert.Equal(200, first.Status);
        Assert.Equal(first.Html.Length, second.Html.Length);
        Assert.Contains("第1稿", first.Html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"report\">", first.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"approve\">批准", first.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"changes\">退回修改", first.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", first.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await host.Services.GetRequiredService<Storage.DecisionStore>().ListAsync(agency.Report()));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Script_in_the_report_text_is_encoded_on_the_page()
    {
        var agency = await host.RegisterAgencyAsync();
        var report = host.Services.GetRequiredService<ReportIntake>()
            .Read(Encoding.UTF8.GetBytes(Seed.Text), "text/plain", new Reports.Reading.ReadOptions(agency.Id, agency.Profile.Name, agency.Profile.Kind, 2023)).Report;
        var hostile = report with { Sections = report.Sections with { Other = report.Sections.Other + Script } };
        await host.SubmitAsync(agency, Encoding.UTF8.GetBytes(ReportJson.Serialize(hostile)), "application/json");
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var page = await host.Desk.ShowAsync(token, CancellationToken.None);

        Assert.DoesNotContain(Script, page.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page.Html, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Script_in_a_comment_is_encoded_where_the_comment_is_shown()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        await host.DecideAsync(token, "changes", Script);
        var decided = await host.Desk.ShowAsync(token, CancellationToken.None);

        Assert.DoesNotContain(Script, decided.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", decided.Html, StringComparison.Ordinal);
        var mail = await host.Mail.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("【退回修改】", StringComparison.Ordinal));
        Assert.DoesNotContain(Script, mail.Html, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Returning_for_changes_without_a_comment_shows_the_form_again_with_a_message()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var page = await host.DecideAsync(token, "changes", "   ");

        Assert.Equal(400, page.Status);
        Assert.Contains("退回修改须填写意见", page.Html, StringComparison.Ordinal);
        Assert.Contains("<form", page.Html, StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<Storage.DecisionStore>().ListAsync(agency.Report()));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_post_without_the_pages_form_token_records_nothing()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var page = await host.Desk.DecideAsync(token, new ReviewForm("approve", "", null), host.Client, CancellationToken.None);

        Assert.Equal(403, page.Status);
        Assert.Empty(await host.Services.GetRequiredService<Storage.DecisionStore>().ListAsync(agency.Report()));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_tampered_link_is_forbidden()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);
        var tampered = "A" + token[1..];

        Assert.Equal(403, (await host.Desk.ShowAsync(tampered, CancellationToken.None)).Status);
        Assert.Equal(403, (await host.DecideAsync(tampered, "approve")).Status);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task An_expired_link_is_gone()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);
        await using var later = WorkflowServices.Create(host.Mail, clock: new ManualClock(DateTimeOffset.UtcNow.AddDays(30)));

        var page = await later.GetRequiredService<ReviewDesk>().ShowAsync(token, CancellationToken.None);

        Assert.Equal(410, page.Status);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_link_endpoint_answers_html_that_is_not_cached_nor_referred()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);
        var function = ActivatorUtilities.CreateInstance<ReviewLinkPage>(host.Services);

        var response = (Http.ApiResponse)await function.Show(TestRequests.Create("GET"), token, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        Assert.StartsWith("text/html", response.ContentType, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers["Cache-Control"]);
        Assert.Equal("no-referrer", response.Headers["Referrer-Policy"]);
        Assert.Contains("default-src 'none'", response.Headers["Content-Security-Policy"], StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }
}
