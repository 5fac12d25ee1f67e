using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Json.Schema;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Publishing;

/// <summary>
/// From the seed's submission to the public site on the local host: the blob trigger (WebJobs SDK listener on
/// Azurite) publishes within seconds of the approval, and anyone can read the result without credentials.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class PublicationEndToEndTests(LocalHostFixture host)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Approved_seed_is_public_with_open_data_indexes_feed_and_a_mail_to_the_bureau()
    {
        var (agency, pageUrl) = await PublicSite.PublishSeedAsync(host, "publish");
        var publicBase = PublicSite.BaseUrl(host);
        using var http = PublicSite.Anonymous();

        using var page = await http.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("怀仁市行政审批服务管理局", html, StringComparison.Ordinal);
        Assert.Contains("15098", html, StringComparison.Ordinal);

        var schema = JsonSchema.FromText(await http.GetStringAsync($"{publicBase}/schema/v1/report.schema.json"));
        var report = JsonDocument.Parse(await http.GetStringAsync($"{publicBase}/2023/{agency.Id}/report.json")).RootElement;
        Assert.True(schema.Evaluate(report).IsValid, "report.json does not validate against the published schema");

        // The page is written first, the shared indexes right after it.
        await Polling.UntilAsync(
            async () => JsonNode.Parse(await http.GetStringAsync($"{publicBase}/2023/index.json"))!["reports"]!.AsArray(),
            reports => reports.Any(r => r!["pageUrl"]!.GetValue<string>() == pageUrl));

        var feed = await Polling.UntilAsync(
            async () => XDocument.Parse(await http.GetStringAsync($"{publicBase}/feed.xml")),
            atom => atom.Root!.Elements(Atom + "entry").Any(e => e.Elements(Atom + "link").Any(l => (string?)l.Attribute("href") == pageUrl)));
        Assert.Equal(Atom + "feed", feed.Root!.Name);

        var mail = await host.SendGrid.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("已发布", StringComparison.Ordinal));
        Assert.Contains(pageUrl, mail.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_who_approved_gets_a_confirmation_with_the_public_url()
    {
        var (agency, pageUrl) = await PublicSite.PublishSeedAsync(host, "confirm");

        var mail = await host.SendGrid.WaitForAsync(agency.Reviewer, m => m.Subject.StartsWith("您批准的报告已发布", StringComparison.Ordinal));

        Assert.Contains(pageUrl, mail.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Season_overview_shows_the_published_agency_as_published()
    {
        var (agency, _) = await PublicSite.PublishSeedAsync(host, "season");
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/season/2023?format=html");
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);

        using var response = await host.Api.Http.SendAsync(request);

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<small>{agency.Id}</small></td><td>部门</td><td>2024年1月31日</td><td class=\"late\">已发布（逾期）", html, StringComparison.Ordinal);
    }
}
