using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Submissions;

[Collection(ReviewCollection.Name)]
public sealed class SubmitDraftTests(ReviewTestHost host)
{
    private SubmitDraft Function => ActivatorUtilities.CreateInstance<SubmitDraft>(host.Services);

    private async Task<ApiResponse> PostAsync(string agencyId, string key, byte[] body, string contentType = "text/plain; charset=utf-8", bool sendLength = true, string year = "2023")
    {
        var request = TestRequests.Create("POST", body, contentType, TestRequests.AgencyKey(key), sendLength: sendLength);
        return (ApiResponse)await Function.Run(request, host.Client, agencyId, year, CancellationToken.None);
    }

    [Fact]
    public async Task A_missing_key_is_unauthorized()
    {
        var agency = await host.RegisterAgencyAsync();
        var request = TestRequests.Create("POST", Encoding.UTF8.GetBytes(Seed.Text), "text/plain");
        var response = (ApiResponse)await Function.Run(request, host.Client, agency.Id, "2023", CancellationToken.None);
        Assert.Equal(401, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_unauthorized()
    {
        var agency = await host.RegisterAgencyAsync();
        var response = await PostAsync(agency.Id, agency.Id + ".not-the-key", Encoding.UTF8.GetBytes(Seed.Text));
        Assert.Equal(401, response.StatusCode);
    }

    [Fact]
    public async Task Another_agencys_key_is_forbidden()
    {
        var agency = await host.RegisterAgencyAsync();
        var other = await host.RegisterAgencyAsync();
        var response = await PostAsync(agency.Id, other.Key, Encoding.UTF8.GetBytes(Seed.Text));
        Assert.Equal(403, response.StatusCode);
        Assert.Null(await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..%2Fx")]
    [InlineData("Upper")]
    [InlineData("a")]
    public async Task A_path_like_or_malformed_agency_id_is_not_found(string agencyId)
    {
        var agency = await host.RegisterAgencyAsync();
        var response = await PostAsync(agencyId, agency.Key, Encoding.UTF8.GetBytes(Seed.Text));
        Assert.Equal(404, response.StatusCode);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2999")]
    [InlineData("20x3")]
    public async Task A_year_out_of_range_is_a_bad_request(string year)
    {
        var agency = await host.RegisterAgencyAsync();
        var response = await PostAsync(agency.Id, agency.Key, Encoding.UTF8.GetBytes(Seed.Text), year: year);
        Assert.Equal(400, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_above_the_limit_is_too_large_whatever_its_length_header_says(bool sendLength)
    {
        var agency = await host.RegisterAgencyAsync();
        var body = new byte[4 * 1024 * 1024 + 1];
        Array.Fill(body, (byte)'a');
        var response = await PostAsync(agency.Id, agency.Key, body, sendLength: sendLength);
        Assert.Equal(413, response.StatusCode);
        Assert.Contains("4 MB", response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_media_type_is_refused()
    {
        var agency = await host.RegisterAgencyAsync();
        var response = await PostAsync(agency.Id, agency.Key, [1, 2, 3], "image/png");
        Assert.Equal(415, response.StatusCode);
    }

    [Fact]
    public async Task Unreadable_text_is_a_bad_request_with_the_readers_message()
    {
        var agency = await host.RegisterAgencyAsync();
        var response = await PostAsync(agency.Id, agency.Key, Encoding.UTF8.GetBytes("这不是一份年度报告。"));
        Assert.Equal(400, response.StatusCode);
        Assert.Contains("无法读取报告", response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_with_errors_is_refused_with_its_rule_ids_and_nothing_is_stored()
    {
        var agency = await host.RegisterAgencyAsync();
        var report = host.Services.GetRequiredService<ReportIntake>()
            .Read(Encoding.UTF8.GetBytes(Seed.Text), "text/plain", new Reports.Reading.ReadOptions(agency.Id, agency.Profile.Name, agency.Profile.Kind, 2023)).Report;
        var rows = report.Sections.Requests.Rows.ToDictionary(r => r.Key, r => r.Value);
        rows["R1"] = [.. rows["R1"].Select((v, i) => i == 6 ? 999 : v)];
        var broken = report with { Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = rows } } };

        var response = await PostAsync(agency.Id, agency.Key, Encoding.UTF8.GetBytes(ReportJson.Serialize(broken)), "application/json");

        Assert.Equal(422, response.StatusCode);
        using var problem = JsonDocument.Parse(response.Content!);
        Assert.Contains("报告存在错误", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(problem.RootElement.GetProperty("ruleIds").EnumerateArray());
        Assert.Null(await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()));
    }

    [Fact]
    public async Task Submitting_the_same_body_twice_makes_one_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        var first = await PostAsync(agency.Id, agency.Key, Encoding.UTF8.GetBytes(Seed.Text));
        var second = await PostAsync(agency.Id, agency.Key, Encoding.UTF8.GetBytes(Seed.Text));

        Assert.Equal(202, first.StatusCode);
        Assert.Equal(202, second.StatusCode);
        using var receipt = JsonDocument.Parse(second.Content!);
        Assert.Equal(1, receipt.RootElement.GetProperty("revision").GetInt32());
        Assert.True(receipt.RootElement.GetProperty("repeated").GetBoolean());
        Assert.EndsWith($"/api/agencies/{agency.Id}/reports/2023", first.Headers["Location"], StringComparison.Ordinal);
        Assert.Single(await host.Services.GetRequiredService<SubmissionStore>().ListRevisionsAsync(agency.Report()));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_upload_and_canonical_json_are_stored_before_review_starts()
    {
        var agency = await host.RegisterAgencyAsync();
        await PostAsync(agency.Id, agency.Key, Encoding.UTF8.GetBytes(Seed.Text));

        var blobs = host.Services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().GetBlobContainerClient(StorageNames.DraftsContainer);
        Assert.True((await blobs.GetBlobClient($"2023/{agency.Id}/r1.original.txt").ExistsAsync()).Value);
        Assert.True((await blobs.GetBlobClient($"2023/{agency.Id}/r1.json").ExistsAsync()).Value);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task An_approved_report_is_not_replaced_unless_the_submission_is_a_correction()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        await host.DecideAsync(await host.ReviewTokenAsync(agency.Reviewer(1), 1), "approve");
        await host.WaitForCompletionAsync(agency.Report().InstanceId);

        var revised = await host.SubmitRevisedSeedAsync(agency, "更正。");
        Assert.Equal(409, revised.StatusCode);

        var approved = await host.Services.GetRequiredService<DraftStore>().ReadReportAsync(agency.Report(), 1);
        var corrected = approved with { Sections = approved.Sections with { Problems = approved.Sections.Problems + "更正。" } };
        var correction = await host.Services.GetRequiredService<SubmissionDesk>().SubmitAsync(
            agency.Profile, 2023, Encoding.UTF8.GetBytes(ReportJson.Serialize(corrected)), "application/json", correction: true, host.Client, CancellationToken.None);
        Assert.Equal(202, correction.StatusCode);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 2);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }
}
