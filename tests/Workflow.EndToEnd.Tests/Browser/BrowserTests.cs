using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.EndToEnd.Tests.Publishing;
using Workflow.Reports.Model;

namespace Workflow.EndToEnd.Tests.Browser;

/// <summary>What a person sees in a real browser: the published report page and the review page.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class BrowserTests(LocalHostFixture host)
{
    [Fact]
    public async Task Published_page_shows_table_three_with_seven_numeric_columns_and_the_template_rows()
    {
        var (_, pageUrl) = await PublicSite.PublishSeedAsync(host, "browser");
        await using var browser = await HeadlessChromium.LaunchAsync();

        var page = await browser.OpenAsync(pageUrl);
        var screenshot = await HeadlessChromium.ScreenshotAsync(page, "published-report");

        var table = page.Locator("table.requests");
        await Assertions.Expect(table).ToBeVisibleAsync();
        var headers = await table.Locator("th").AllInnerTextsAsync();
        Assert.All(ReportTemplate.RequestColumns, column => Assert.Contains(column, headers));
        // The template rows of the layout the report uses (the seed's table has the 2019 single row 其他处理).
        using var http = PublicSite.Anonymous();
        var rowKeys = JsonNode.Parse(await http.GetStringAsync(pageUrl.Replace("index.html", "report.json", StringComparison.Ordinal)))!
            ["sections"]!["requests"]!["rows"]!.AsObject().ToDictionary(p => p.Key, _ => (IReadOnlyList<long?>)[]);
        var template = ReportTemplate.RequestRowsFor(rowKeys);
        var tableText = await table.InnerTextAsync();
        Assert.All(template, row => Assert.Contains(row.Label, tableText, StringComparison.Ordinal));

        // Every data row of the table ends in seven cells, one per applicant column, each blank or a number.
        var rows = table.Locator("tr:has(td)");
        Assert.Equal(template.Count, await rows.CountAsync());
        foreach (var cells in await Task.WhenAll(Enumerable.Range(0, await rows.CountAsync()).Select(i => rows.Nth(i).Locator("td").AllInnerTextsAsync())))
        {
            Assert.Equal(7, cells.Count);
            Assert.All(cells, cell => Assert.True(cell.Trim().Length == 0 || long.TryParse(cell.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _), $"'{cell}' is not a number"));
        }
        var firstRow = await rows.First.Locator("td").AllInnerTextsAsync();
        Assert.True(firstRow.Any(c => c.Trim().Length > 0), "本年新收 shows no figures");
        Assert.True(File.Exists(screenshot));
    }

    [Fact]
    public async Task Published_page_header_names_the_agency_and_links_the_open_data()
    {
        var (_, pageUrl) = await PublicSite.PublishSeedAsync(host, "header");
        await using var browser = await HeadlessChromium.LaunchAsync();

        var page = await browser.OpenAsync(pageUrl);
        await HeadlessChromium.ScreenshotAsync(page, "published-header");

        var header = page.Locator("header.publication");
        await Assertions.Expect(header).ToContainTextAsync("怀仁市行政审批服务管理局");
        await Assertions.Expect(header).ToContainTextAsync("发布日期");
        await Assertions.Expect(header).ToContainTextAsync("批准日期");
        var json = await page.GetByRole(AriaRole.Link, new() { Name = "report.json" }).GetAttributeAsync("href");
        Assert.Equal("report.json", json);
    }

    [Fact]
    public async Task Review_page_offers_the_approve_button_until_a_decision_is_made()
    {
        var agency = await host.Api.RegisterAgencyAsync("button");
        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        await using var browser = await HeadlessChromium.LaunchAsync();

        var page = await browser.OpenAsync(link);
        await HeadlessChromium.ScreenshotAsync(page, "review-before-decision");
        var approve = page.GetByRole(AriaRole.Button, new() { Name = "批准", Exact = true });
        await Assertions.Expect(approve).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "退回修改", Exact = true })).ToBeVisibleAsync();
        await approve.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await HeadlessChromium.ScreenshotAsync(page, "review-after-decision");

        var reopened = await browser.OpenAsync(link);
        await HeadlessChromium.ScreenshotAsync(reopened, "review-reopened");
        await Assertions.Expect(reopened.GetByRole(AriaRole.Button, new() { Name = "批准", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(reopened.Locator("body")).ToContainTextAsync("已由");
    }

    [Fact]
    public async Task Review_page_of_a_second_stage_reads_at_a_glance_on_a_desktop_and_a_phone()
    {
        var id = $"e2e-glance-{Guid.NewGuid().ToString("N")[..12]}";
        var (first, a, b) = ($"fenguan@{id}.example", $"a@{id}.example", $"b@{id}.example");
        var key = await host.Api.RegisterAsync(id, $"bgs@{id}.example", [new[] { first }, new { reviewers = new[] { a, b }, rule = "all" }]);
        var agency = new TestAgency(id, key, $"bgs@{id}.example", first);
        var firstLink = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var (status, _) = await host.Api.DecideAsync(firstLink, await host.Api.OpenReviewAsync(firstLink), "approve", "数据已核对，同意报送。");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var link = ReviewLinks.In(await host.SendGrid.WaitForAsync(a, ReviewLinks.Contains));
        await using var browser = await HeadlessChromium.LaunchAsync();

        var page = await browser.OpenAsync(link);
        await HeadlessChromium.ScreenshotAsync(page, "review-stage-2-1280");
        await page.SetViewportSizeAsync(390, 844);
        await HeadlessChromium.ScreenshotAsync(page, "review-stage-2-390");

        await Assertions.Expect(page.Locator("p.verdict")).ToContainTextAsync("检查结果：错误");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("法定期限");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync($"尚待：{a}、{b}");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("数据已核对，同意报送。");
        await Assertions.Expect(page.Locator("form")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#comment")).ToHaveCountAsync(1);
    }
}
