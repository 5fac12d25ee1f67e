using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Submissions;

[Collection(ReviewCollection.Name)]
public sealed class ReportStatusTests(ReviewTestHost host)
{
    [Fact]
    public async Task Status_shows_state_revisions_decisions_and_the_deadline()
    {
        var agency = await host.RegisterAgencyAsync(stages: 2);
        await host.SubmitSeedAsync(agency);
        await host.DecideAsync(await host.ReviewTokenAsync(agency.Reviewer(1), 1), "approve", "同意");
        await host.ReviewTokenAsync(agency.Reviewer(2), 1);

        var function = ActivatorUtilities.CreateInstance<GetReportStatus>(host.Services);
        var request = TestRequests.Create("GET", headers: TestRequests.AgencyKey(agency.Key));
        var response = (ApiResponse)await function.Run(request, agency.Id, "2023", CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        using var status = JsonDocument.Parse(response.Content!);
        var root = status.RootElement;
        Assert.Equal("审核中", root.GetProperty("state").GetString());
        Assert.Equal(2, root.GetProperty("currentStage").GetInt32());
        Assert.Equal(1, root.GetProperty("revisions").GetArrayLength());
        var decision = root.GetProperty("decisions")[0];
        Assert.Equal(agency.Reviewer(1), decision.GetProperty("reviewer").GetString());
        Assert.Equal("同意", decision.GetProperty("comment").GetString());
        Assert.Equal("2024-01-31", root.GetProperty("deadline").GetString());
        Assert.True(root.GetProperty("overdue").GetBoolean());
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Another_agency_cannot_read_the_status()
    {
        var agency = await host.RegisterAgencyAsync();
        var other = await host.RegisterAgencyAsync();
        var function = ActivatorUtilities.CreateInstance<GetReportStatus>(host.Services);
        var response = (ApiResponse)await function.Run(TestRequests.Create("GET", headers: TestRequests.AgencyKey(other.Key)), agency.Id, "2023", CancellationToken.None);
        Assert.Equal(403, response.StatusCode);
    }
}
