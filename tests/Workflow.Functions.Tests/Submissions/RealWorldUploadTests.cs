using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Model;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Rendering;
using Workflow.Reports.Tests.Reading.Docx;

namespace Workflow.Functions.Tests.Submissions;

/// <summary>Reports as bureaus have them (a web page, a Word file, a file of unknown type) through the submission API.</summary>
[Collection(ReviewCollection.Name)]
public sealed class RealWorldUploadTests(ReviewTestHost host)
{
    private async Task<ApiResponse> SubmitAsync(TestAgency agency, byte[] body, string contentType)
    {
        var request = TestRequests.Create("POST", body, contentType, TestRequests.AgencyKey(agency.Key));
        return (ApiResponse)await ActivatorUtilities.CreateInstance<SubmitDraft>(host.Services).Run(request, host.Client, agency.Id, "2023", CancellationToken.None);
    }

    private BlobContainerClient Drafts => host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(StorageNames.DraftsContainer);

    private async Task<AnnualReport> StoredReportAsync(TestAgency agency) =>
        await host.Services.GetRequiredService<DraftStore>().ReadReportAsync(agency.Report(), 1);

    /// <summary>report.json with table 三's rows in key order: readers may add rows in another order.</summary>
    private static string Comparable(AnnualReport report) => ReportJson.Serialize(report with
    {
        Sections = report.Sections with
        {
            Requests = report.Sections.Requests with { Rows = report.Sections.Requests.Rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary() },
        },
    });

    private async Task<bool> ExistsAsync(string blob) => (await Drafts.GetBlobClient(blob).ExistsAsync()).Value;

    [Fact]
    public async Task A_web_page_is_accepted_stored_as_html_and_read_to_the_canonical_model()
    {
        var agency = await host.RegisterAgencyAsync();
        var seed = PastReports.SeedAs(host, agency, 2023);

        var response = await SubmitAsync(agency, Encoding.UTF8.GetBytes(new HtmlReportRenderer().Render(seed)), "text/html; charset=utf-8");

        Assert.Equal(202, response.StatusCode);
        Assert.True(await ExistsAsync($"2023/{agency.Id}/r1.original.html"));
        Assert.Equal(Comparable(seed), Comparable(await StoredReportAsync(agency)));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_published_pdf_is_read_by_a_dry_run()
    {
        var pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures/02_huaian_city_gov_2024.pdf"));
        var request = TestRequests.Create("POST", pdf, "application/pdf", new Dictionary<string, string> { ["X-Admin-Key"] = TestSettings.AdminKey });

        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services).Run(request, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Equal(2024, json.RootElement.GetProperty("report").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task A_word_file_is_accepted_stored_as_docx_and_read_to_the_canonical_model()
    {
        var agency = await host.RegisterAgencyAsync();
        var seed = PastReports.SeedAs(host, agency, 2023);

        var response = await SubmitAsync(agency, WordReport.Build(seed), DocxReportReader.MediaType);

        Assert.Equal(202, response.StatusCode);
        Assert.True(await ExistsAsync($"2023/{agency.Id}/r1.original.docx"));
        Assert.Equal(Comparable(seed), Comparable(await StoredReportAsync(agency)));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_word_file_sent_as_octet_stream_is_recognised_by_its_bytes()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await SubmitAsync(agency, WordReport.Build(PastReports.SeedAs(host, agency, 2023)), "application/octet-stream");

        Assert.Equal(202, response.StatusCode);
        Assert.True(await ExistsAsync($"2023/{agency.Id}/r1.original.docx"));
        var revision = await host.Services.GetRequiredService<SubmissionStore>().GetRevisionAsync(agency.Report(), 1);
        Assert.Equal(DocxReportReader.MediaType, revision!.MediaType);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_word_file_mislabelled_as_text_is_still_read_as_word()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await SubmitAsync(agency, WordReport.Build(PastReports.SeedAs(host, agency, 2023)), "text/plain");

        Assert.Equal(202, response.StatusCode);
        Assert.True(await ExistsAsync($"2023/{agency.Id}/r1.original.docx"));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Canonical_json_sent_as_octet_stream_is_read_as_json()
    {
        var agency = await host.RegisterAgencyAsync();
        var seed = PastReports.SeedAs(host, agency, 2023);

        var response = await SubmitAsync(agency, Encoding.UTF8.GetBytes(ReportJson.Serialize(seed)), "application/octet-stream");

        Assert.Equal(202, response.StatusCode);
        Assert.True(await ExistsAsync($"2023/{agency.Id}/r1.original.json"));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_dry_run_reads_a_word_file()
    {
        var agency = await host.RegisterAgencyAsync();
        var request = TestRequests.Create("POST", WordReport.Build(PastReports.SeedAs(host, agency, 2023)), DocxReportReader.MediaType, TestRequests.AgencyKey(agency.Key));

        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services).Run(request, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Equal(2023, json.RootElement.GetProperty("report").GetProperty("year").GetInt32());
        Assert.Equal(agency.Id, json.RootElement.GetProperty("report").GetProperty("agency").GetProperty("id").GetString());
        Assert.Null(await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()));
    }
}
