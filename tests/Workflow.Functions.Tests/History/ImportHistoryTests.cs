using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.History;

/// <summary>Past reports imported by the administrator, and this year's submission checked against last year's report.</summary>
[Collection(ReviewCollection.Name)]
public sealed class ImportHistoryTests(ReviewTestHost host)
{
    private BlobServiceClient Blobs => host.Services.GetRequiredService<BlobServiceClient>();

    private static IEnumerable<JsonElement> Findings(JsonElement root, string ruleId) =>
        root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == ruleId);

    /// <summary>Last year's report whose 结转下年度继续办理 (自然人) is 3 where this year's 上年结转 says 0.</summary>
    private AnnualReport CarryOverDiffering(TestAgency agency) =>
        PastReports.WithRequestCell(PastReports.SeedAs(host, agency, 2022), "R4", "自然人", 3);

    [Fact]
    public async Task A_past_web_page_is_stored_with_the_year_read_from_it()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PastReports.ImportAsHtmlAsync(host, PastReports.SeedAs(host, agency, 2022));

        Assert.Equal(201, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Equal(2022, json.RootElement.GetProperty("year").GetInt32());
        Assert.Equal($"history/2022/{agency.Id}.json", json.RootElement.GetProperty("source").GetString());
        Assert.Equal(2022, json.RootElement.GetProperty("report").GetProperty("year").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("findings", out _));
        var history = Blobs.GetBlobContainerClient(StorageNames.HistoryContainer);
        Assert.True((await history.GetBlobClient($"2022/{agency.Id}.json").ExistsAsync()).Value);
        Assert.True((await history.GetBlobClient($"2022/{agency.Id}.original.html").ExistsAsync()).Value);
    }

    [Fact]
    public async Task The_year_in_the_query_wins_over_the_year_read()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PastReports.ImportAsHtmlAsync(host, PastReports.SeedAs(host, agency, 2022), "?year=2021");

        Assert.Equal(201, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Equal(2021, json.RootElement.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task An_import_needs_the_admin_key()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PastReports.ImportAsync(host, agency.Id, Encoding.UTF8.GetBytes(Seed.Text), "text/plain", adminKey: agency.Key);

        Assert.Equal(401, response.StatusCode);
    }

    [Fact]
    public async Task An_import_for_an_unregistered_agency_is_not_found()
    {
        var response = await PastReports.ImportAsync(host, TestSettings.NewAgencyId(), Encoding.UTF8.GetBytes(Seed.Text), "text/plain", "?year=2022");

        Assert.Equal(404, response.StatusCode);
    }

    [Fact]
    public async Task An_unreadable_import_is_a_chinese_bad_request_and_stores_nothing()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PastReports.ImportAsync(host, agency.Id, Encoding.UTF8.GetBytes("这不是一份年度报告。"), "text/plain", "?year=2022");

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("无法读取报告", response.Content, StringComparison.Ordinal);
        Assert.False((await Blobs.GetBlobContainerClient(StorageNames.HistoryContainer).GetBlobClient($"2022/{agency.Id}.json").ExistsAsync()).Value);
    }

    [Fact]
    public async Task A_submission_whose_carry_over_differs_in_one_column_from_the_imported_report_is_refused_at_that_column()
    {
        var agency = await host.RegisterAgencyAsync();
        Assert.Equal(201, (await PastReports.ImportAsHtmlAsync(host, CarryOverDiffering(agency), "?year=2022")).StatusCode);

        var response = await host.SubmitSeedAsync(agency);

        Assert.Equal(422, response.StatusCode);
        using var problem = JsonDocument.Parse(response.Content!);
        var carry = Assert.Single(Findings(problem.RootElement, "Y-CARRY"));
        Assert.Equal("三/R2/自然人", carry.GetProperty("location").GetString());
        Assert.Equal("error", carry.GetProperty("severity").GetString());
        Assert.Contains("2022年度报告", carry.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains($"history/2022/{agency.Id}.json", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()));
    }

    [Fact]
    public async Task A_submission_matching_last_years_carry_over_is_accepted_with_the_cross_year_findings()
    {
        var agency = await host.RegisterAgencyAsync();
        await PastReports.ImportAsHtmlAsync(host, PastReports.SeedAs(host, agency, 2022));

        var response = await host.SubmitSeedAsync(agency);

        Assert.Equal(202, response.StatusCode);
        using var receipt = JsonDocument.Parse(response.Content!);
        Assert.Equal($"history/2022/{agency.Id}.json", receipt.RootElement.GetProperty("comparedWith").GetString());
        Assert.Empty(Findings(receipt.RootElement, "Y-CARRY"));
        var duplicate = Findings(receipt.RootElement, "Y-DUP").First();
        Assert.Contains("100%", duplicate.GetProperty("message").GetString(), StringComparison.Ordinal);
        var revision = await host.Services.GetRequiredService<SubmissionStore>().GetRevisionAsync(agency.Report(), 1);
        Assert.Equal($"history/2022/{agency.Id}.json", revision!.PreviousReport);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_status_names_the_report_each_revision_was_compared_with()
    {
        var agency = await host.RegisterAgencyAsync();
        await PastReports.ImportAsHtmlAsync(host, PastReports.SeedAs(host, agency, 2022));
        await host.SubmitSeedAsync(agency);

        var status = await host.Services.GetRequiredService<SubmissionDesk>().StatusAsync(agency.Profile, 2023, CancellationToken.None);

        using var json = JsonDocument.Parse(status.Content!);
        var revision = Assert.Single(json.RootElement.GetProperty("revisions").EnumerateArray());
        Assert.Equal($"history/2022/{agency.Id}.json", revision.GetProperty("comparedWith").GetString());
        Assert.Contains(revision.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "Y-DUP");
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_published_report_of_last_year_is_preferred_to_an_imported_one()
    {
        var agency = await host.RegisterAgencyAsync();
        await PastReports.ImportAsHtmlAsync(host, CarryOverDiffering(agency));
        var published = host.Services.GetRequiredService<PublicReportsContainer>().Client;
        await published.CreateIfNotExistsAsync();
        await published.GetBlobClient($"2022/{agency.Id}/report.json").UploadAsync(BinaryData.FromString(ReportJson.Serialize(PastReports.SeedAs(host, agency, 2022))));

        var response = await host.SubmitSeedAsync(agency);

        Assert.Equal(202, response.StatusCode);
        using var receipt = JsonDocument.Parse(response.Content!);
        Assert.Equal($"reports/2022/{agency.Id}/report.json", receipt.RootElement.GetProperty("comparedWith").GetString());
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_dry_run_of_a_known_agency_is_checked_against_its_imported_report()
    {
        var agency = await host.RegisterAgencyAsync();
        await PastReports.ImportAsHtmlAsync(host, CarryOverDiffering(agency));
        var request = TestRequests.Create("POST", Encoding.UTF8.GetBytes(Seed.Text), "text/plain", TestRequests.AgencyKey(agency.Key));

        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services).Run(request, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Equal("三/R2/自然人", Assert.Single(Findings(json.RootElement, "Y-CARRY")).GetProperty("location").GetString());
        Assert.Equal($"history/2022/{agency.Id}.json", json.RootElement.GetProperty("comparedWith").GetString());
    }

    [Fact]
    public async Task A_dry_run_does_not_compare_with_another_agencys_imported_report()
    {
        var agency = await host.RegisterAgencyAsync();
        var other = await host.RegisterAgencyAsync();
        await PastReports.ImportAsHtmlAsync(host, CarryOverDiffering(other));
        var request = TestRequests.Create("POST", Encoding.UTF8.GetBytes(Seed.Text), "text/plain", TestRequests.AgencyKey(agency.Key), $"?agencyId={other.Id}");

        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services).Run(request, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Empty(Findings(json.RootElement, "Y-CARRY"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("comparedWith").ValueKind);
    }
}
