using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.EndToEnd.Tests.Review;

/// <summary>
/// Issue 6 over HTTP on the local host: a report page sent without a declared type, last year's report imported
/// by the administrator, and this year's submission checked and reviewed against it.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class CrossYearOverHttpTests(LocalHostFixture host)
{
    /// <summary>The seed as the agency's report of <paramref name="year"/>, as the domain renderer's web page.</summary>
    private static byte[] SeedPage(string agencyId, int year, long carriedForwardByPeople = 0)
    {
        var report = new TextReportReader().Read(Encoding.UTF8.GetBytes(ReviewFlow.SeedText), new ReadOptions(AgencyId: agencyId, Year: year)).Report;
        var rows = report.Sections.Requests.Rows.ToDictionary(r => r.Key, r => r.Value);
        rows["R4"] = [.. rows["R4"].Select((v, i) => i == 0 ? carriedForwardByPeople : v)];
        report = report with
        {
            Title = report.Title.Replace("2023", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = rows } },
        };
        return Encoding.UTF8.GetBytes(new HtmlReportRenderer().Render(report));
    }

    private async Task<HttpResponseMessage> ImportAsync(string agencyId, byte[] page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/admin/agencies/{agencyId}/history") { Content = new ByteArrayContent(page) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" };
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        return await host.Api.Http.SendAsync(request);
    }

    [Fact]
    public async Task A_report_page_sent_as_octet_stream_is_accepted_and_kept_as_html()
    {
        var agency = await host.Api.RegisterAgencyAsync("html");
        var content = new ByteArrayContent(SeedPage(agency.Id, 2023));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var response = await host.Api.SubmitAsync(new Uri($"api/agencies/{agency.Id}/reports/2023/drafts", UriKind.Relative), agency.ApiKey, content);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        Assert.True(await host.Blobs.ExistsAsync("drafts", $"2023/{agency.Id}/r1.original.html"));
    }

    [Fact]
    public async Task A_submission_contradicting_the_imported_carry_over_is_refused_at_that_column()
    {
        var agency = await host.Api.RegisterAgencyAsync("carry");
        using var imported = await ImportAsync(agency.Id, SeedPage(agency.Id, 2022, carriedForwardByPeople: 2));
        Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());

        using var response = await host.Api.SubmitAsync(agency.Id, agency.ApiKey, ReviewFlow.SeedText);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var carry = Assert.Single(problem["findings"]!.AsArray(), f => f!["ruleId"]!.GetValue<string>() == "Y-CARRY");
        Assert.Equal("三/R2/自然人", carry!["location"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_reviewer_email_carries_last_years_key_figures()
    {
        var agency = await host.Api.RegisterAgencyAsync("figures");
        using var imported = await ImportAsync(agency.Id, SeedPage(agency.Id, 2022));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);

        await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);

        var mail = await host.SendGrid.WaitForAsync(agency.Reviewer, m => m.Subject.StartsWith("【待审核】", StringComparison.Ordinal));
        Assert.Contains("与2022年度报告（导入）相比的主要数据", mail.PlainText, StringComparison.Ordinal);
        Assert.Contains(">上年（2022年）</th>", mail.Html, StringComparison.Ordinal);
    }
}
