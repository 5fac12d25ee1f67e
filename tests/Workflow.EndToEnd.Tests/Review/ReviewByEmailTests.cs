using System.Net;
using System.Text.Json.Nodes;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Review;

/// <summary>The seed report from submission to approval, over HTTP against the local host, mail through the real SendGrid client.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ReviewByEmailTests(LocalHostFixture host)
{
    [Fact]
    public async Task Submitting_the_seed_answers_202_with_the_first_revision()
    {
        var agency = await host.Api.RegisterAgencyAsync("submit");

        using var response = await host.Api.SubmitAsync(agency.Id, agency.ApiKey, ReviewFlow.SeedText);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(1, receipt["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reviewer_receives_a_mail_with_a_review_link_to_this_host()
    {
        var agency = await host.Api.RegisterAgencyAsync("mail");

        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);

        Assert.StartsWith($"{host.Settings.ApiBase}/api/review/", link, StringComparison.Ordinal);
        var mail = host.SendGrid.Sent.First(m => m.IsFor(agency.Reviewer));
        Assert.Contains("2023", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(link, mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_review_link_shows_the_page_and_changes_nothing()
    {
        var agency = await host.Api.RegisterAgencyAsync("open");
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);

        var first = await host.Api.OpenReviewAsync(link);
        var second = await host.Api.OpenReviewAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("怀仁市行政审批服务管理局", first.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"approve\"", first.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        var status = await host.Api.StatusAsync(agency);
        Assert.Equal("审核中", status["state"]!.GetValue<string>());
        Assert.Empty(status["decisions"]!.AsArray());
    }

    [Fact]
    public async Task Approving_through_the_link_writes_the_approved_blob_with_the_submitted_canonical_report()
    {
        var agency = await host.Api.RegisterAgencyAsync("approve");
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);

        var (status, body) = await host.Api.DecideAsync(link, await host.Api.OpenReviewAsync(link), "approve");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("批准", body, StringComparison.Ordinal);
        var approved = await ReviewFlow.WaitForApprovedAsync(host.Blobs, agency.Id);
        var submitted = JsonNode.Parse(await host.Blobs.ReadTextAsync("drafts", $"2023/{agency.Id}/r1.json"));
        Assert.True(JsonNode.DeepEquals(submitted, approved["report"]), $"approved report differs from the submitted one:{Environment.NewLine}{approved["report"]}");
        Assert.Equal(agency.Id, approved["report"]!["agency"]!["id"]!.GetValue<string>());
        // The seed's own figure (行政许可 本年处理决定数量 15098件), so the approved report is the seed's and not an empty shell.
        Assert.Contains("15098", approved["report"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
