using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.EndToEnd.Tests.Publishing;

namespace Workflow.EndToEnd.Tests.Regions;

/// <summary>
/// A region on the local host: a government whose report covers its region and five departments under it, four of
/// which have published the seed (under names of their own, acknowledging F-AGENCY) while the fifth has not submitted.
/// Built once for the tests of this class.
/// </summary>
public sealed class RegionScenario
{
    public static readonly string[] DepartmentNames = ["怀仁市教育局", "怀仁市公安局", "怀仁市民政局", "怀仁市财政局", "怀仁市卫生健康局"];

    public required TestAgency Government { get; init; }

    public required IReadOnlyList<TestAgency> Published { get; init; }

    public required TestAgency Silent { get; init; }

    /// <summary>The report.json of each published department, as the public reads it.</summary>
    public required IReadOnlyList<JsonObject> PublishedReports { get; init; }

    public static async Task<RegionScenario> BuildAsync(LocalHostFixture host)
    {
        var government = await host.Api.RegisterAgencyAsync("gov", "怀仁市人民政府", "government", reportCovers: "region");
        var departments = new List<TestAgency>();
        foreach (var name in DepartmentNames)
        {
            departments.Add(await host.Api.RegisterAgencyAsync("dept", name, parent: government.Id));
        }

        await Task.WhenAll(departments.Take(4).Select(d => PublishAsync(host, d)));
        using var http = PublicSite.Anonymous();
        var reports = new List<JsonObject>();
        foreach (var d in departments.Take(4))
        {
            reports.Add(JsonNode.Parse(await http.GetStringAsync($"{PublicSite.BaseUrl(host)}/2023/{d.Id}/report.json"))!.AsObject());
        }

        return new RegionScenario { Government = government, Published = departments.Take(4).ToList(), Silent = departments[4], PublishedReports = reports };
    }

    /// <summary>The seed under the agency's own name: F-AGENCY is acknowledged, the registered name is the publisher.</summary>
    public static Task<HttpResponseMessage> SubmitSeedAsync(LocalHostFixture host, TestAgency agency) =>
        host.Api.SubmitAsync(new Uri($"api/agencies/{agency.Id}/reports/2023/drafts?acknowledge=F-AGENCY", UriKind.Relative), agency.ApiKey,
            new StringContent(ReviewFlow.SeedText, Encoding.UTF8, "text/plain"));

    private static async Task PublishAsync(LocalHostFixture host, TestAgency agency)
    {
        using var submitted = await SubmitSeedAsync(host, agency);
        Assert.True(submitted.StatusCode == HttpStatusCode.Accepted, $"Submit {agency.Id}: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
        var link = ReviewLinks.In(await host.SendGrid.WaitForAsync(agency.Reviewer, ReviewLinks.Contains));
        var (status, body) = await host.Api.DecideAsync(link, await host.Api.OpenReviewAsync(link), "approve");
        Assert.True(status == HttpStatusCode.OK, body);
        using var http = PublicSite.Anonymous();
        var pageUrl = $"{PublicSite.BaseUrl(host)}/2023/{agency.Id}/index.html";
        await Polling.UntilAsync(async () => (await http.GetAsync(pageUrl)).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(90));
    }
}
