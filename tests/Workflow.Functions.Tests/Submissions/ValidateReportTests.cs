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
    public async Task The_admin_key_may_dry_run_too() =>
        Assert.Equal(200, (await PostAsync(new Dictionary<string, string> { ["X-Admin-Key"] = TestSettings.AdminKey })).StatusCode);

    [Fact]
    public async Task A_dry_run_needs_a_key() => Assert.Equal(401, (await PostAsync(null)).StatusCode);
}
