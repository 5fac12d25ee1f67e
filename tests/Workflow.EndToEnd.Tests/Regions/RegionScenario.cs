using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.EndToEnd.Tests.Publishing;

namespace Workflow.EndToEnd.Tests.Regions;

/// <summary>
/// A region on the local host: a government whose report covers its region and five departments under it, four of
/// which have published while the fifth has not submitted. Each report is the seed's (all its table 三 figures are 0)
/// with applications of its own in table 三 and 四 (<see cref="WithApplications"/>), sent as report.json; the errors
/// that leaves (F-AGENCY: the seed's title names the seed's agency; the text's figures) are acknowledged.
/// Built once for the tests of this class.
/// </summary>
public sealed class RegionScenario
{
    public static readonly string[] DepartmentNames = ["怀仁市教育局", "怀仁市公安局", "怀仁市民政局", "怀仁市财政局", "怀仁市卫生健康局"];

    /// <summary>本年新收 of each published department; the government reports <see cref="GovernmentReceived"/>, not their sum.</summary>
    public static readonly int[] Received = [4, 6, 9, 13];

    public const int GovernmentReceived = 30;

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

        var seed = await SeedReportAsync(host);
        await Task.WhenAll(departments.Take(4).Select((d, i) => PublishAsync(host, d, WithApplications(seed, Received[i]))));
        using var http = PublicSite.Anonymous();
        var reports = new List<JsonObject>();
        foreach (var d in departments.Take(4))
        {
            reports.Add(JsonNode.Parse(await http.GetStringAsync($"{PublicSite.BaseUrl(host)}/2023/{d.Id}/report.json"))!.AsObject());
        }

        return new RegionScenario { Government = government, Published = departments.Take(4).ToList(), Silent = departments[4], PublishedReports = reports, Seed = seed };
    }

    /// <summary>The seed as the reader reads it (report.json), from the dry run.</summary>
    public required JsonObject Seed { get; init; }

    /// <summary>
    /// The report with <paramref name="received"/> applications from 自然人, balanced: all but two 予以公开, one 无法提供
    /// (本机关不掌握), one carried forward; and as many 行政复议, all 维持.
    /// </summary>
    public static string WithApplications(JsonObject seed, int received)
    {
        var report = seed.DeepClone().AsObject();
        var rows = report["sections"]!["requests"]!["rows"]!.AsObject();
        void Set(string key, int value)
        {
            rows[key]![0] = value;
            rows[key]![6] = value;
        }
        Set("R1", received);
        Set("G1", received - 2);
        Set("U1", 1);
        Set("S7", received - 1);
        Set("R4", 1);
        var appeals = report["sections"]!["appeals"]!["values"]!.AsArray();
        appeals[0] = received;
        appeals[4] = received;
        return report.ToJsonString();
    }

    /// <summary>
    /// Submits report.json, acknowledging the errors the first answer lists (422). The registered name is the publisher.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(LocalHostFixture host, TestAgency agency, string reportJson)
    {
        Task<HttpResponseMessage> Attempt(string query) => host.Api.SubmitAsync(
            new Uri($"api/agencies/{agency.Id}/reports/2023/drafts{query}", UriKind.Relative), agency.ApiKey,
            new StringContent(reportJson, Encoding.UTF8, "application/json"));
        var first = await Attempt("");
        if (first.StatusCode != (HttpStatusCode)422)
        {
            return first;
        }
        var rules = JsonNode.Parse(await first.Content.ReadAsStringAsync())!["acknowledge"]!.AsArray().Select(r => r!.GetValue<string>());
        first.Dispose();
        return await Attempt($"?acknowledge={string.Join(",", rules)}");
    }

    private static async Task<JsonObject> SeedReportAsync(LocalHostFixture host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/reports/validate") { Content = new StringContent(ReviewFlow.SeedText, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        using var response = await host.Api.Http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["report"]!.AsObject();
    }

    private static async Task PublishAsync(LocalHostFixture host, TestAgency agency, string reportJson)
    {
        using var submitted = await SubmitAsync(host, agency, reportJson);
        Assert.True(submitted.StatusCode == HttpStatusCode.Accepted, $"Submit {agency.Id}: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
        var link = ReviewLinks.In(await host.SendGrid.WaitForAsync(agency.Reviewer, ReviewLinks.Contains));
        var (status, body) = await host.Api.DecideAsync(link, await host.Api.OpenReviewAsync(link), "approve");
        Assert.True(status == HttpStatusCode.OK, body);
        using var http = PublicSite.Anonymous();
        var pageUrl = $"{PublicSite.BaseUrl(host)}/2023/{agency.Id}/index.html";
        await Polling.UntilAsync(async () => (await http.GetAsync(pageUrl)).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(90));
    }
}
