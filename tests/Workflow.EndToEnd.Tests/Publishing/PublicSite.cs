using System.Net;
using System.Text.RegularExpressions;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Publishing;

/// <summary>
/// The public reports container as an anonymous reader sees it, at the base URL the local host printed, and
/// the step that gets a report there: submit the seed, approve through the mailed link, wait for the page.
/// </summary>
public static partial class PublicSite
{
    /// <summary>The "Public reports" line of the host's start-up banner.</summary>
    public static string BaseUrl(LocalHostFixture host) =>
        BannerLine().Match(host.Host.Output) is { Success: true } match
            ? match.Groups["url"].Value.TrimEnd('/')
            : throw new InvalidOperationException($"The host printed no public reports URL:{Environment.NewLine}{host.Host.Output}");

    /// <summary>A client with no credentials of any kind.</summary>
    public static HttpClient Anonymous() => new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Submits and approves the seed for a new agency and returns the page URL once it answers 200.</summary>
    public static async Task<(TestAgency Agency, string PageUrl)> PublishSeedAsync(LocalHostFixture host, string purpose)
    {
        var agency = await host.Api.RegisterAgencyAsync(purpose);
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var (status, body) = await host.Api.DecideAsync(link, await host.Api.OpenReviewAsync(link), "approve");
        Assert.True(status == HttpStatusCode.OK, body);
        var pageUrl = $"{BaseUrl(host)}/2023/{agency.Id}/index.html";
        using var http = Anonymous();
        await Polling.UntilAsync(async () => (await http.GetAsync(pageUrl)).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        return (agency, pageUrl);
    }

    [GeneratedRegex(@"Public reports\s+(?<url>https?://\S+)")]
    private static partial Regex BannerLine();
}
