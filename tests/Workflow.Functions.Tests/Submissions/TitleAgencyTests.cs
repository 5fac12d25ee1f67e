using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Submissions;

/// <summary>
/// The registered agency is the publisher: a draft whose title names another agency is refused with F-AGENCY, which
/// the bureau gets past only by acknowledging it.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class TitleAgencyTests(ReviewTestHost host)
{
    /// <summary>The seed (registered as 怀仁市行政审批服务管理局) with the title of another agency.</summary>
    private static byte[] SeedTitledForAnotherAgency() =>
        Encoding.UTF8.GetBytes(Seed.Text.Replace("怀仁市行政审批服务管理局 2023年政府信息公开工作年度报告", "怀仁市人民政府办公室 2023年政府信息公开工作年度报告", StringComparison.Ordinal));

    private async Task<ApiResponse> PostAsync(TestAgency agency, byte[] body, string query = "")
    {
        var request = TestRequests.Create("POST", body, "text/plain; charset=utf-8", TestRequests.AgencyKey(agency.Key), query);
        return (ApiResponse)await ActivatorUtilities.CreateInstance<SubmitDraft>(host.Services).Run(request, host.Client, agency.Id, "2023", CancellationToken.None);
    }

    [Fact]
    public async Task A_title_naming_another_agency_is_refused_with_F_AGENCY()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PostAsync(agency, SeedTitledForAnotherAgency());

        Assert.Equal(422, response.StatusCode);
        using var problem = JsonDocument.Parse(response.Content!);
        Assert.Contains("F-AGENCY", problem.RootElement.GetProperty("acknowledge").EnumerateArray().Select(e => e.GetString()));
        var finding = problem.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "F-AGENCY");
        Assert.Contains("怀仁市人民政府办公室", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_naming_another_agency_is_accepted_once_F_AGENCY_is_acknowledged()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PostAsync(agency, SeedTitledForAnotherAgency(), "?acknowledge=F-AGENCY");

        Assert.Equal(202, response.StatusCode);
        using var receipt = JsonDocument.Parse(response.Content!);
        Assert.Equal(["F-AGENCY"], receipt.RootElement.GetProperty("acknowledged").EnumerateArray().Select(e => e.GetString()));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_seed_titled_for_its_registered_agency_has_no_F_AGENCY()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PostAsync(agency, Encoding.UTF8.GetBytes(Seed.Text));

        Assert.Equal(202, response.StatusCode);
        Assert.DoesNotContain("F-AGENCY", response.Content!, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_dry_run_with_the_agencys_key_shows_F_AGENCY_to_acknowledge()
    {
        var agency = await host.RegisterAgencyAsync();
        var request = TestRequests.Create("POST", SeedTitledForAnotherAgency(), "text/plain", TestRequests.AgencyKey(agency.Key));

        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services).Run(request, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Contains("F-AGENCY", json.RootElement.GetProperty("acknowledge").EnumerateArray().Select(e => e.GetString()));
    }
}
