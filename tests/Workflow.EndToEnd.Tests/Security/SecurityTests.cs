using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.Functions;
using Workflow.Functions.Review;

namespace Workflow.EndToEnd.Tests.Security;

/// <summary>Keys, review links and input handling, probed over HTTP like an attacker or a careless client would.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class SecurityTests(LocalHostFixture host)
{
    [Fact]
    public async Task Submitting_with_a_wrong_agency_key_is_unauthorized()
    {
        var agency = await host.Api.RegisterAgencyAsync("wrongkey");

        using var response = await host.Api.SubmitAsync(agency.Id, agency.ApiKey + "x", ReviewFlow.SeedText);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await host.Blobs.ExistsAsync("drafts", $"2023/{agency.Id}/r1.json"));
    }

    [Fact]
    public async Task Submitting_with_another_agencys_key_is_forbidden()
    {
        var agency = await host.Api.RegisterAgencyAsync("victim");
        var other = await host.Api.RegisterAgencyAsync("other");

        using var response = await host.Api.SubmitAsync(agency.Id, other.ApiKey, ReviewFlow.SeedText);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await host.Blobs.ExistsAsync("drafts", $"2023/{agency.Id}/r1.json"));
    }

    [Fact]
    public async Task A_tampered_review_token_is_forbidden()
    {
        var agency = await host.Api.RegisterAgencyAsync("tamper");
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var at = link.LastIndexOf('/') + 6;
        var tampered = link[..at] + (link[at] == 'A' ? 'B' : 'A') + link[(at + 1)..];

        var page = await host.Api.OpenReviewAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.DoesNotContain("value=\"approve\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_review_token_is_gone()
    {
        var agency = await host.Api.RegisterAgencyAsync("expired");
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var token = ReviewLinks.Token(link);
        var grant = JsonSerializer.Deserialize<ReviewGrant>(Base64Url.DecodeFromChars(token.AsSpan(0, token.IndexOf('.'))))!;
        // Signed with the host's own key, so only the expiry is wrong.
        var signer = new ReviewLinkSigner(Options.Create(new WorkflowOptions { ReviewLinkKey = host.Settings.ReviewLinkKey }), TimeProvider.System);
        var expired = signer.Sign(grant with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds() });

        var page = await host.Api.OpenReviewAsync($"{host.Settings.ApiBase}/api/review/{expired}");

        Assert.Equal(HttpStatusCode.Gone, page.Status);
    }

    [Fact]
    public async Task A_replayed_decision_answers_who_decided_and_records_nothing_new()
    {
        var agency = await host.Api.RegisterAgencyAsync("replay");
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var page = await host.Api.OpenReviewAsync(link);
        var (first, _) = await host.Api.DecideAsync(link, page, "changes", "请补充第五部分。");

        var (second, body) = await host.Api.DecideAsync(link, page, "approve");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Contains($"已由 {agency.Reviewer}", body, StringComparison.Ordinal);
        // Once the orchestration has taken the first decision, exactly that one is on record.
        var status = await Polling.UntilAsync(() => host.Api.StatusAsync(agency), s => s["state"]!.GetValue<string>() == "退回修改");
        var decision = Assert.Single(status["decisions"]!.AsArray());
        Assert.Equal("changes", decision!["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task Script_in_a_comment_is_encoded_on_the_review_page()
    {
        var agency = await host.Api.RegisterAgencyAsync("xsscomment");
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);

        // No decision chosen: the page comes back with the comment in the text box.
        var (status, body) = await host.Api.DecideAsync(link, await host.Api.OpenReviewAsync(link), "", "<script>alert('comment')</script>");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("<script>alert('comment')", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_a_comment_is_encoded_on_the_already_decided_page()
    {
        var agency = await host.Api.RegisterAgencyAsync("xssdecided");
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var page = await host.Api.OpenReviewAsync(link);
        await host.Api.DecideAsync(link, page, "changes", "<img src=x onerror=alert('decided')>");

        var (_, body) = await host.Api.DecideAsync(link, page, "changes", "again");

        Assert.DoesNotContain("<img src=x", body, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_the_report_text_is_encoded_on_the_review_page()
    {
        var agency = await host.Api.RegisterAgencyAsync("xssreport");
        var text = ReviewFlow.SeedText.Replace("一直以来,我局", "一直以来,<script>alert('report')</script>我局", StringComparison.Ordinal);
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency, text);

        var page = await host.Api.OpenReviewAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("<script>alert('report')", page.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..%2Fx")]
    [InlineData("../x")]
    [InlineData("..%2F..%2Fapproved")]
    public async Task Path_like_agency_ids_are_rejected(string agencyId)
    {
        var agency = await host.Api.RegisterAgencyAsync("path");
        var uri = new Uri($"{host.Settings.ApiBase}/api/agencies/{agencyId}/reports/2023/drafts",
            new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

        using var submit = await host.Api.SubmitAsync(uri, agency.ApiKey, new StringContent(ReviewFlow.SeedText, Encoding.UTF8, "text/plain"));
        using var register = new HttpRequestMessage(HttpMethod.Put, new Uri($"{host.Settings.ApiBase}/api/admin/agencies/{agencyId}",
            new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }))
        {
            Content = new StringContent("""{"name":"x","kind":"department","submitters":["a@b.example"],"reviewStages":[["c@d.example"]],"escalation":[]}""", Encoding.UTF8, "application/json"),
        };
        register.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        using var registered = await host.Api.Http.SendAsync(register);

        Assert.InRange((int)submit.StatusCode, 400, 499);
        Assert.InRange((int)registered.StatusCode, 400, 499);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_too_large()
    {
        var agency = await host.Api.RegisterAgencyAsync("large");
        var text = ReviewFlow.SeedText + new string('文', 2 * 1024 * 1024);

        using var response = await host.Api.SubmitAsync(agency.Id, agency.ApiKey, text);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(await host.Blobs.ExistsAsync("drafts", $"2023/{agency.Id}/r1.json"));
    }
}
