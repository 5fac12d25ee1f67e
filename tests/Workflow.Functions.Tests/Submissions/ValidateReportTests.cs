using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Submissions;

[Collection(ReviewCollection.Name)]
public sealed class ValidateReportTests(ReviewTestHost host)
{
    private async Task<ApiResponse> PostAsync(IReadOnlyDictionary<string, string>? headers) =>
        (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services)
            .Run(TestRequests.Create("POST", Encoding.UTF8.GetBytes(Seed.Text), "text/plain", headers), CancellationToken.None);

    [Fact]
    public async Task A_dry_run_returns_the_reading_and_findings_and_stores_nothing()
    {
        var agency = await host.RegisterAgencyAsync();
        var response = await PostAsync(TestRequests.AgencyKey(agency.Key));

        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Equal(2023, json.RootElement.GetProperty("report").GetProperty("year").GetInt32());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "F-VERSION");
        Assert.Null(await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()));
    }

    [Fact]
    public async Task A_dry_run_of_a_draft_with_errors_shows_the_rule_ids_to_acknowledge()
    {
        var agency = await host.RegisterAgencyAsync();
        var broken = BrokenDrafts.RequestsAndAppealsOff(host, agency);
        var errors = BrokenDrafts.ErrorRules(host, broken);

        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services)
            .Run(TestRequests.Create("POST", BrokenDrafts.Json(broken), "application/json", TestRequests.AgencyKey(agency.Key)), CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        var root = json.RootElement;
        Assert.Equal(errors, root.GetProperty("acknowledge").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"X-Acknowledge: {string.Join(",", errors)}", root.GetProperty("acknowledgeHint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"/api/agencies/{agency.Id}/reports/2023/drafts?acknowledge={string.Join(",", errors)}", root.GetProperty("acknowledgeUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_of_a_draft_without_errors_has_nothing_to_acknowledge_and_lists_no_inferred_cell()
    {
        var agency = await host.RegisterAgencyAsync();
        var response = await PostAsync(TestRequests.AgencyKey(agency.Key));

        using var json = JsonDocument.Parse(response.Content!);
        Assert.Empty(json.RootElement.GetProperty("acknowledge").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("acknowledgeHint").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("inferred").EnumerateArray());
    }

    [Fact]
    public async Task The_admin_key_may_dry_run_too() =>
        Assert.Equal(200, (await PostAsync(new Dictionary<string, string> { ["X-Admin-Key"] = TestSettings.AdminKey })).StatusCode);

    [Fact]
    public async Task A_dry_run_needs_a_key() => Assert.Equal(401, (await PostAsync(null)).StatusCode);
}
