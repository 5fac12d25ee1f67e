using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Workflow.EndToEnd.Tests.Browser;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.EndToEnd.Tests.Publishing;

namespace Workflow.EndToEnd.Tests.Regions;

/// <summary>
/// The region's view on the local host (Azurite, the durable engine, the blob trigger): a government and five
/// departments, four published. The numbers are recomputed here from the published report.json of each department.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class RegionEndToEndTests(LocalHostFixture host)
{
    private static readonly Lock Gate = new();
    private static Task<RegionScenario>? built;

    private Task<RegionScenario> ScenarioAsync()
    {
        lock (Gate)
        {
            return built ??= RegionScenario.BuildAsync(host);
        }
    }

    /// <summary>Days from the departments' deadline for 2023 (31 January 2024) to today in China.</summary>
    private static int DaysLate => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).DayNumber - new DateOnly(2024, 1, 31).DayNumber;

    [Fact]
    public async Task Region_page_sums_the_published_members_tables_and_shows_the_fifth_not_published_with_its_days_late()
    {
        var scenario = await ScenarioAsync();

        var region = await AdminJsonAsync($"api/admin/regions/{scenario.Government.Id}/2023");

        var members = region["members"]!.AsArray();
        Assert.Equal(5, members.Count);
        var silent = members.Single(m => m!["agencyId"]!.GetValue<string>() == scenario.Silent.Id)!;
        Assert.Equal("未提交", silent["state"]!.GetValue<string>());
        Assert.Equal(DaysLate, silent["daysLate"]!.GetValue<int>());
        Assert.All(scenario.Published, p => Assert.Equal("已发布", members.Single(m => m!["agencyId"]!.GetValue<string>() == p.Id)!["state"]!.GetValue<string>()));

        var sums = region["sums"]!;
        Assert.Equal(scenario.Published.Select(p => p.Id).Order(), sums["members"]!.AsArray().Select(m => m!.GetValue<string>()).Order());
        foreach (var (key, cells) in scenario.PublishedReports[0]["sections"]!["requests"]!["rows"]!.AsObject())
        {
            for (var c = 0; c < cells!.AsArray().Count; c++)
            {
                var expected = SumOf(scenario.PublishedReports.Select(r => r["sections"]!["requests"]!["rows"]![key]![c]));
                Assert.Equal(expected, sums["requests"]!["rows"]![key]![c]?.GetValue<long>());
            }
        }
        for (var i = 0; i < 15; i++)
        {
            Assert.Equal(SumOf(scenario.PublishedReports.Select(r => r["sections"]!["appeals"]!["values"]![i])), sums["appeals"]!["values"]![i]?.GetValue<long>());
        }
    }

    [Fact]
    public async Task H_SUM_flags_the_government_report_where_its_R1_total_differs_from_the_sum_naming_the_members()
    {
        var scenario = await ScenarioAsync();
        var expectedSum = SumOf(scenario.PublishedReports.Select(r => r["sections"]!["requests"]!["rows"]!["R1"]![6]));

        var governmentReport = RegionScenario.WithApplications(scenario.Seed, RegionScenario.GovernmentReceived);
        using var dryRun = new HttpRequestMessage(HttpMethod.Post, "api/reports/validate")
        {
            Content = new StringContent(governmentReport, System.Text.Encoding.UTF8, "application/json"),
        };
        dryRun.Headers.Add("X-Agency-Key", scenario.Government.ApiKey);
        using var validated = await host.Api.Http.SendAsync(dryRun);
        var dryFinding = HSum(JsonNode.Parse(await validated.Content.ReadAsStringAsync())!, "三/R1/总计");

        using var submitted = await RegionScenario.SubmitAsync(host, scenario.Government, governmentReport);
        var receipt = JsonNode.Parse(await submitted.Content.ReadAsStringAsync())!;
        Assert.True(submitted.StatusCode == HttpStatusCode.Accepted, receipt.ToJsonString());
        var finding = HSum(receipt, "三/R1/总计");

        Assert.Equal(finding, dryFinding);
        Assert.Equal(RegionScenario.Received.Sum(), expectedSum);
        Assert.Contains($"为 {RegionScenario.GovernmentReceived}，所属单位已批准报告合计为 {expectedSum}", finding, StringComparison.Ordinal);
        Assert.All(RegionScenario.DepartmentNames.Take(4), name => Assert.Contains(name, finding, StringComparison.Ordinal));
        Assert.Contains($"尚未批准、未计入合计：{RegionScenario.DepartmentNames[4]}", finding, StringComparison.Ordinal);

        // The reviewer sees it on the review page, and the region page beside the government's own figures.
        var review = await host.Api.OpenReviewAsync(ReviewLinks.In(await host.SendGrid.WaitForAsync(scenario.Government.Reviewer, ReviewLinks.Contains)));
        Assert.Contains("H-SUM", review.Html, StringComparison.Ordinal);
        var region = await AdminJsonAsync($"api/admin/regions/{scenario.Government.Id}/2023");
        Assert.NotNull(region["own"]!["requests"]!["rows"]!["R1"]);
        Assert.Contains(region["findings"]!.AsArray(), f => f!["location"]!.GetValue<string>() == "三/R1/总计");
    }

    [Fact]
    public async Task P_PEER_tells_a_department_in_the_dry_run_that_its_applications_are_far_above_its_peers_median()
    {
        var scenario = await ScenarioAsync();
        using var dryRun = new HttpRequestMessage(HttpMethod.Post, "api/reports/validate")
        {
            Content = new StringContent(RegionScenario.WithApplications(scenario.Seed, 200), System.Text.Encoding.UTF8, "application/json"),
        };
        dryRun.Headers.Add("X-Agency-Key", scenario.Silent.ApiKey);

        using var validated = await host.Api.Http.SendAsync(dryRun);
        var answer = JsonNode.Parse(await validated.Content.ReadAsStringAsync())!;

        var peer = answer["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "P-PEER" && f["location"]!.GetValue<string>() == "三/R1/总计")!;
        Assert.Equal("info", peer["severity"]!.GetValue<string>());
        var sorted = RegionScenario.Received.Order().ToArray();
        var median = (sorted[1] + sorted[2]) / 2m;
        Assert.Contains($"本年新收政府信息公开申请 200 件，远高于本地区同类机关（4 个政府部门）的中位数 {median.ToString("0.##", CultureInfo.InvariantCulture)} 件", peer["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_link_opens_the_region_page_in_a_browser_without_the_admin_key_and_only_that_page()
    {
        var scenario = await ScenarioAsync();
        var url = await IssueLinkAsync($"regions/{scenario.Government.Id}/2023");
        using var anonymous = PublicSite.Anonymous();

        using var page = await anonymous.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"{RegionScenario.DepartmentNames[4]}：未提交，已逾期 {DaysLate} 天", html, StringComparison.Ordinal);
        Assert.Contains("所属单位已批准报告合计（4 份）", html, StringComparison.Ordinal);

        var otherPage = url.Replace($"/regions/{scenario.Government.Id}/", $"/regions/{scenario.Published[0].Id}/", StringComparison.Ordinal);
        using var elsewhere = await anonymous.GetAsync(otherPage);
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        using var posted = await anonymous.PostAsync(url.Replace("?", "/reminders?", StringComparison.Ordinal), null);
        Assert.Equal(HttpStatusCode.Unauthorized, posted.StatusCode);
    }

    [Fact]
    public async Task The_season_overview_link_opens_without_the_key_and_links_the_region_page()
    {
        var scenario = await ScenarioAsync();
        using var anonymous = PublicSite.Anonymous();

        var season = await anonymous.GetStringAsync(await IssueLinkAsync("season/2023"));

        var regionLink = System.Text.RegularExpressions.Regex.Match(season, $"href=\"([^\"]*/api/admin/regions/{scenario.Government.Id}/2023[^\"]*)\">区域汇总").Groups[1].Value;
        using var region = await anonymous.GetAsync(WebUtility.HtmlDecode(regionLink));
        Assert.Equal(HttpStatusCode.OK, region.StatusCode);
    }

    [Fact]
    public async Task One_post_reminds_every_member_not_yet_submitted_once_a_day()
    {
        var scenario = await ScenarioAsync();

        var first = await RemindAsync(scenario);
        var mail = await host.SendGrid.WaitForAsync(scenario.Silent.Submitter, m => m.Subject.StartsWith("提醒：", StringComparison.Ordinal));
        var second = await RemindAsync(scenario);

        Assert.Equal([scenario.Silent.Id], first["reminded"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains("已超过法定公开期限", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(0, second["sent"]!.GetValue<int>());
    }

    [Fact]
    public async Task Statistics_csv_has_the_columns_and_one_row_per_published_report_with_the_numbers_of_its_tables()
    {
        var scenario = await ScenarioAsync();
        using var http = PublicSite.Anonymous();
        var baseUrl = PublicSite.BaseUrl(host);

        var (_, published) = await Polling.UntilAsync(
            async () => (CsvRows(await TextOrEmptyAsync(http, $"{baseUrl}/2023/statistics.csv")),
                await TextOrEmptyAsync(http, $"{baseUrl}/2023/index.json") is { Length: > 0 } index ? JsonNode.Parse(index)!["reports"]!.AsArray().Count : -1),
            read => read.Item1.Count - 1 == read.Item2 && scenario.Published.All(p => read.Item1.Any(r => r[0] == p.Id)));

        var csv = await http.GetByteArrayAsync($"{baseUrl}/2023/statistics.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var rows = CsvRows(System.Text.Encoding.UTF8.GetString(csv));
        Assert.Equal(
            ["机关标识", "单位", "类型", "本年新收申请", "上年结转申请", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "办结总计", "结转下年度",
             "行政复议", "行政复议纠正", "行政复议已审结", "行政诉讼", "行政诉讼纠正", "公开率", "无法提供占比", "复议纠错率", "结转率", "报告网址"],
            rows[0]);
        Assert.Equal(published, rows.Count - 1);
        foreach (var (agency, report) in scenario.Published.Zip(scenario.PublishedReports))
        {
            var row = rows.Single(r => r[0] == agency.Id);
            Assert.Equal(Recomputed(report), row[3..22]);
        }
    }

    [Fact]
    public async Task Statistics_page_renders_its_svg_charts_in_chromium_and_lists_the_agency_not_published()
    {
        var scenario = await ScenarioAsync();
        var url = $"{PublicSite.BaseUrl(host)}/2023/statistics.html";
        using var http = PublicSite.Anonymous();
        await Polling.UntilAsync(async () => await TextOrEmptyAsync(http, url), html => scenario.Published.All(p => html.Contains($"id=\"a-{p.Id}\"", StringComparison.Ordinal)));
        await using var browser = await HeadlessChromium.LaunchAsync();

        var page = await browser.OpenAsync(url);
        var screenshot = await HeadlessChromium.ScreenshotAsync(page, "statistics");
        await page.Locator("div.charts").ScreenshotAsync(new() { Path = Path.Combine(HeadlessChromium.ScreenshotFolder, "statistics-charts.png") });

        var charts = page.Locator("figure.chart svg");
        Assert.Equal(5, await charts.CountAsync());
        for (var i = 0; i < 5; i++)
        {
            var box = await charts.Nth(i).BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 100 }, $"chart {i} is not drawn: {box?.Width}x{box?.Height}");
        }
        Assert.True(await page.Locator("figure.chart rect").CountAsync() > 0);
        Assert.Equal(0, await page.Locator("script").CountAsync());
        var silent = page.Locator($"#u-{scenario.Silent.Id}");
        await Assertions.Expect(silent).ToContainTextAsync(RegionScenario.DepartmentNames[4]);
        await Assertions.Expect(silent).ToContainTextAsync($"{DaysLate} 天");
        Assert.True(File.Exists(screenshot));
    }

    /// <summary>The document, or "" while it does not exist yet (the shared documents follow the pages).</summary>
    private static async Task<string> TextOrEmptyAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        return response.StatusCode == HttpStatusCode.NotFound ? "" : await response.Content.ReadAsStringAsync();
    }

    private static string HSum(JsonNode answer, string location) =>
        answer["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "H-SUM" && f["location"]!.GetValue<string>() == location)!["message"]!.GetValue<string>();

    private static long? SumOf(IEnumerable<JsonNode?> cells)
    {
        var written = cells.OfType<JsonNode>().Select(c => c.GetValue<long>()).ToList();
        return written.Count == 0 ? null : written.Sum();
    }

    /// <summary>The CSV's figures of one report, worked out here from its report.json.</summary>
    private static string[] Recomputed(JsonObject report)
    {
        var rows = report["sections"]!["requests"]!["rows"]!.AsObject();
        var appeals = report["sections"]!["appeals"]!["values"]!.AsArray();
        long Total(string key) => rows[key]![6]!.GetValue<long>();
        long Group(char prefix) => rows.Where(r => r.Key[0] == prefix).Sum(r => r.Value![6]?.GetValue<long>() ?? 0);
        long Appeal(int i) => appeals[i]!.GetValue<long>();
        var completed = Total("S7");
        var decided = Appeal(0) + Appeal(1) + Appeal(2);
        string Ratio(long part, long whole) => whole == 0 ? "" : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero).ToString("0.0000", CultureInfo.InvariantCulture);
        long[] counts =
        [
            Total("R1"), Total("R2"), Total("G1"), Total("G2"), Group('D'), Group('U'), Group('N'), Group('O'), completed, Total("R4"),
            Appeal(4), Appeal(1), decided, Appeal(9) + Appeal(14), Appeal(6) + Appeal(11),
        ];
        return
        [
            .. counts.Select(c => c.ToString(CultureInfo.InvariantCulture)),
            Ratio(Total("G1") + Total("G2"), completed), Ratio(Group('U'), completed), Ratio(Appeal(1), decided),
            Ratio(Total("R4"), Total("R1") + Total("R2")),
        ];
    }

    /// <summary>The CSV's rows; the fields here hold no quotes or commas except the names, which never carry them.</summary>
    private static List<string[]> CsvRows(string text) =>
        [.. text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))];

    private async Task<JsonObject> AdminJsonAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        using var response = await host.Api.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<string> IssueLinkAsync(string page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/links") { Content = JsonContent.Create(new { page }) };
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        using var response = await host.Api.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["url"]!.GetValue<string>();
    }

    private async Task<JsonObject> RemindAsync(RegionScenario scenario)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/admin/regions/{scenario.Government.Id}/2023/reminders");
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        using var response = await host.Api.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
