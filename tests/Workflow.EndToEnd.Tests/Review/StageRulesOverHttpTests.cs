using System.Net;
using Azure.Data.Tables;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Review;

/// <summary>
/// Stage rules on the local host (Azurite, the durable engine, mail through the real SendGrid client): 会签 needs
/// every reviewer, 2-of-3 the second approval, a copy goes to the stage's cc without a link, and a submitter listed
/// as reviewer cannot approve.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class StageRulesOverHttpTests(LocalHostFixture host)
{
    [Fact]
    public async Task A_countersigned_stage_of_three_reviewers_needs_all_three_approvals()
    {
        var (agency, reviewers) = await RegisterAsync("all", "all", cc: ["chaosong@{id}.example"]);
        var links = await SubmitAndGetLinksAsync(agency, reviewers);

        await ApproveAsync(links[0]);
        var second = await ApproveAsync(links[1]);
        var lastPage = await host.Api.OpenReviewAsync(links[2]);

        Assert.Contains("还需1位审核人批准", second, StringComparison.Ordinal);
        Assert.Equal("审核中", (string?)(await host.Api.StatusAsync(agency))["state"]);
        Assert.Contains($"尚待：{reviewers[2]}", WebUtility.HtmlDecode(lastPage.Html), StringComparison.Ordinal);
        Assert.Contains("会签：3位审核人均须批准", lastPage.Html, StringComparison.Ordinal);

        var third = await ApproveAsync(links[2]);

        Assert.Contains("报告已批准", third, StringComparison.Ordinal);
        var approved = await ReviewFlow.WaitForApprovedAsync(host.Blobs, agency.Id);
        Assert.Equal(3, approved["approval"]!["decisions"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_stage_copy_goes_to_its_cc_without_a_decision_link()
    {
        var (agency, reviewers) = await RegisterAsync("cc", "all", cc: ["chaosong@{id}.example"]);
        await SubmitAndGetLinksAsync(agency, reviewers);

        var copy = await host.SendGrid.WaitForAsync($"chaosong@{agency.Id}.example", m => m.Subject.StartsWith("【抄送】", StringComparison.Ordinal));

        Assert.False(ReviewLinks.Contains(copy), copy.PlainText);
        Assert.Contains(reviewers[0], copy.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_of_three_approve_the_report_and_the_third_link_says_who_decided()
    {
        var (agency, reviewers) = await RegisterAsync("min2", new { min = 2 }, cc: []);
        var links = await SubmitAndGetLinksAsync(agency, reviewers);

        await ApproveAsync(links[2]);
        Assert.Equal("审核中", (string?)(await host.Api.StatusAsync(agency))["state"]);
        var second = await ApproveAsync(links[0]);
        var late = await host.Api.OpenReviewAsync(links[1]);

        Assert.Contains("报告已批准", second, StringComparison.Ordinal);
        await ReviewFlow.WaitForApprovedAsync(host.Blobs, agency.Id);
        Assert.Equal(HttpStatusCode.OK, late.Status);
        Assert.Contains($"已由 {reviewers[2]} 于", late.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", late.Html, StringComparison.Ordinal);

        await Polling.UntilAsync(() => host.Api.StatusAsync(agency), s => (string?)s["state"] == "已发布", TimeSpan.FromSeconds(90));
        var decided = await host.Api.OpenReviewAsync(links[0]);
        Assert.Contains($"href=\"{host.Settings.PublicBaseUrl}/2023/{agency.Id}/index.html\"", decided.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submitter_listed_as_reviewer_is_refused_as_approver_and_the_refusal_is_audited()
    {
        var id = $"e2e-self-{Guid.NewGuid().ToString("N")[..12]}";
        var submitter = $"bgs@{id}.example";
        var reviewer = $"shenhe@{id}.example";
        var key = await host.Api.RegisterAsync(id, submitter, [new[] { submitter, reviewer }]);
        var agency = new TestAgency(id, key, submitter, reviewer);
        var links = await SubmitAndGetLinksAsync(agency, [submitter, reviewer]);
        var page = await host.Api.OpenReviewAsync(links[0]);

        var (status, body) = await host.Api.DecideAsync(links[0], page, "approve");

        Assert.DoesNotContain("value=\"approve\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("提交人不能批准本单位的报告", body, StringComparison.Ordinal);
        Assert.Equal("审核中", (string?)(await host.Api.StatusAsync(agency))["state"]);
        Assert.Empty((await host.Api.StatusAsync(agency))["decisions"]!.AsArray());
        Assert.Contains("approval-refused", await AuditStepsAsync(agency));

        Assert.Contains("报告已批准", await ApproveAsync(links[1]), StringComparison.Ordinal);
    }

    private async Task<(TestAgency Agency, string[] Reviewers)> RegisterAsync(string purpose, object rule, string[] cc)
    {
        var id = $"e2e-{purpose}-{Guid.NewGuid().ToString("N")[..12]}";
        string[] reviewers = [$"a@{id}.example", $"b@{id}.example", $"c@{id}.example"];
        var submitter = $"bgs@{id}.example";
        var key = await host.Api.RegisterAsync(id, submitter, [new { reviewers, rule, cc = cc.Select(c => c.Replace("{id}", id, StringComparison.Ordinal)).ToArray() }]);
        return (new TestAgency(id, key, submitter, reviewers[0]), reviewers);
    }

    private async Task<string[]> SubmitAndGetLinksAsync(TestAgency agency, string[] reviewers)
    {
        await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var links = new List<string>();
        foreach (var reviewer in reviewers)
        {
            links.Add(ReviewLinks.In(await host.SendGrid.WaitForAsync(reviewer, ReviewLinks.Contains)));
        }

        return [.. links];
    }

    private async Task<string> ApproveAsync(string link)
    {
        var (status, body) = await host.Api.DecideAsync(link, await host.Api.OpenReviewAsync(link), "approve");
        Assert.True(status == HttpStatusCode.OK, body);
        return WebUtility.HtmlDecode(body);
    }

    private static async Task<IReadOnlyList<string>> AuditStepsAsync(TestAgency agency)
    {
        var steps = new List<string>();
        await foreach (var row in new TableServiceClient(Azurite.ConnectionString).GetTableClient("audit").QueryAsync<TableEntity>(e => e.PartitionKey == $"{agency.Id}-2023"))
        {
            steps.Add(row.GetString("Step"));
        }

        return steps;
    }
}
