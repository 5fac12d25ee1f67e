using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Publishing;

/// <summary>
/// One control character never stops publication for everybody: reports carrying U+0001, U+000B and U+001B in
/// title and body (as text, as HTML character references, as JSON escapes) are published clean, and another
/// agency's report published after them gets its page, index entry, feed entry and 已发布 mail.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class HostileTextEndToEndTests(LocalHostFixture host)
{
    private const string Hostile = "\u0001\u000B\u001B";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<string> SubmitAndApproveAsync(TestAgency agency, HttpContent content)
    {
        using var submitted = await host.Api.SubmitAsync(new Uri($"api/agencies/{agency.Id}/reports/2023/drafts", UriKind.Relative), agency.ApiKey, content);
        var body = await submitted.Content.ReadAsStringAsync();
        Assert.True(submitted.StatusCode == HttpStatusCode.Accepted, $"Submit: {(int)submitted.StatusCode} {body}");
        Assert.Contains("F-CTRL", body, StringComparison.Ordinal);
        var link = ReviewLinks.In(await host.SendGrid.WaitForAsync(agency.Reviewer, ReviewLinks.Contains));
        var (status, decided) = await host.Api.DecideAsync(link, await host.Api.OpenReviewAsync(link), "approve");
        Assert.True(status == HttpStatusCode.OK, decided);
        var pageUrl = $"{PublicSite.BaseUrl(host)}/2023/{agency.Id}/index.html";
        using var http = PublicSite.Anonymous();
        await Polling.UntilAsync(async () => (await http.GetAsync(pageUrl)).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        return pageUrl;
    }

    [Fact]
    public async Task Reports_with_control_characters_are_published_clean_and_the_next_agencys_report_is_published_in_full()
    {
        var publicBase = PublicSite.BaseUrl(host);
        using var http = PublicSite.Anonymous();

        var lines = ReviewFlow.SeedText.Split('\n');
        lines[0] = lines[0].TrimEnd('\r') + Hostile;
        var text = string.Join('\n', lines).Replace("一、总体情况", "一、总体情况" + Hostile, StringComparison.Ordinal);
        var textAgency = await host.Api.RegisterAgencyAsync("ctrl-text");
        var textPage = await SubmitAndApproveAsync(textAgency, new StringContent(text, Encoding.UTF8, "text/plain"));

        var html = (await http.GetStringAsync(textPage))
            .Replace("<h1>", "<h1>&#1;&#11;&#x1b;", StringComparison.Ordinal)
            .Replace("<p>", "<p>&#1;&#11;&#x1B;", StringComparison.Ordinal);
        var htmlAgency = await host.Api.RegisterAgencyAsync("ctrl-html");
        await SubmitAndApproveAsync(htmlAgency, new StringContent(html, Encoding.UTF8, "text/html"));

        var json = JsonNode.Parse(await http.GetStringAsync($"{publicBase}/2023/{textAgency.Id}/report.json"))!;
        json["title"] = json["title"]!.GetValue<string>() + Hostile;
        json["sections"]!["overview"] = Hostile + json["sections"]!["overview"]!.GetValue<string>();
        var jsonAgency = await host.Api.RegisterAgencyAsync("ctrl-json");
        await SubmitAndApproveAsync(jsonAgency, new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"));

        var (other, otherPage) = await PublicSite.PublishSeedAsync(host, "after-ctrl");

        var page = await http.GetStringAsync(otherPage);
        Assert.Contains("15098", page, StringComparison.Ordinal);
        await Polling.UntilAsync(
            async () => JsonNode.Parse(await http.GetStringAsync($"{publicBase}/2023/index.json"))!["reports"]!.AsArray(),
            reports => reports.Any(r => r!["pageUrl"]!.GetValue<string>() == otherPage));
        var feed = await Polling.UntilAsync(
            async () => XDocument.Parse(await http.GetStringAsync($"{publicBase}/feed.xml")),
            atom => atom.Root!.Elements(Atom + "entry").Any(e => e.Elements(Atom + "link").Any(l => (string?)l.Attribute("href") == otherPage)));
        Assert.Contains(feed.Root!.Elements(Atom + "entry"), e => e.Elements(Atom + "link").Any(l => (string?)l.Attribute("href") == textPage));
        var mail = await host.SendGrid.WaitForAsync(other.Submitter, m => m.Subject.StartsWith("已发布", StringComparison.Ordinal));
        Assert.Contains(otherPage, mail.PlainText, StringComparison.Ordinal);
        foreach (var agency in new[] { textAgency, htmlAgency, jsonAgency })
        {
            var published = await http.GetStringAsync($"{publicBase}/2023/{agency.Id}/index.html");
            Assert.DoesNotContain('\u0001', published);
            Assert.DoesNotContain('\u001B', published);
        }
    }

    [Fact]
    public async Task A_removed_reviewers_link_answers_403_and_a_reviewer_added_mid_review_gets_a_link_that_decides()
    {
        var agency = await host.Api.RegisterAgencyAsync("retell");
        var added = $"added@{agency.Id}.example";
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var page = await host.Api.OpenReviewAsync(link);

        using var change = new HttpRequestMessage(HttpMethod.Put, $"api/admin/agencies/{agency.Id}")
        {
            Content = JsonContent.Create(new
            {
                name = "怀仁市行政审批服务管理局",
                kind = "department",
                submitters = new[] { agency.Submitter },
                reviewStages = new[] { new[] { added } },
            }),
        };
        change.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        using (var changed = await host.Api.Http.SendAsync(change))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        var (refused, refusal) = await host.Api.DecideAsync(link, page, "approve");
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Contains("您已不是本级审核人", refusal, StringComparison.Ordinal);
        Assert.Equal("审核中", (await host.Api.StatusAsync(agency))["state"]!.GetValue<string>());

        var addedLink = ReviewLinks.In(await host.SendGrid.WaitForAsync(added, ReviewLinks.Contains));
        var (status, body) = await host.Api.DecideAsync(addedLink, await host.Api.OpenReviewAsync(addedLink), "approve");
        Assert.True(status == HttpStatusCode.OK, body);
        await ReviewFlow.WaitForApprovedAsync(host.Blobs, agency.Id);
    }
}
