using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Review;

/// <summary>
/// A link decides only while its reviewer belongs to that stage of the current registration; changing the
/// stages mid-review re-tells the open stage (reviewers added get their link) and is audited.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewerChangeTests(ReviewTestHost host)
{
    private async Task ReregisterAsync(TestAgency agency, IReadOnlyList<IReadOnlyList<string>> stages)
    {
        var body = JsonSerializer.Serialize(new
        {
            name = agency.Profile.Name,
            kind = "department",
            submitters = agency.Profile.Submitters,
            reviewStages = stages,
            escalation = agency.Profile.Escalation,
        });
        var request = TestRequests.Create("PUT", Encoding.UTF8.GetBytes(body), "application/json", new Dictionary<string, string> { ["X-Admin-Key"] = TestSettings.AdminKey });
        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<RegisterAgency>(host.Services).Run(request, host.Client, agency.Id, CancellationToken.None);
        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task A_removed_reviewers_link_answers_403_and_decides_nothing()
    {
        var agency = await host.RegisterAgencyAsync(reviewStages: [["stays@removal.test", "leaves@removal.test"]]);
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync("leaves@removal.test", revision: 1);

        await ReregisterAsync(agency, [["stays@removal.test"]]);
        var page = await host.DecideAsync(token, "approve");

        Assert.Equal(403, page.Status);
        Assert.Contains("您已不是本级审核人", page.Html, StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<DecisionStore>().ListAsync(agency.Report()));
        Assert.Equal(ReportState.Reviewing, (await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()))!.ReportState);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_removed_reviewers_link_no_longer_opens_the_review_page()
    {
        var agency = await host.RegisterAgencyAsync(reviewStages: [["stays@opening.test", "leaves@opening.test"]]);
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync("leaves@opening.test", revision: 1);

        await ReregisterAsync(agency, [["stays@opening.test"]]);
        var page = await host.Desk.ShowAsync(token, CancellationToken.None);

        Assert.Equal(403, page.Status);
        Assert.Contains("您已不是本级审核人", page.Html, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_reviewer_added_to_the_open_stage_gets_a_link_that_decides()
    {
        var agency = await host.RegisterAgencyAsync(stages: 2);
        await host.SubmitSeedAsync(agency);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var added = $"added@{agency.Id}.test";

        await ReregisterAsync(agency, [[agency.Reviewer(1), added], [agency.Reviewer(2)]]);
        var token = await host.ReviewTokenAsync(added, revision: 1);
        var page = await host.DecideAsync(token, "approve");

        Assert.Equal(200, page.Status);
        await host.WaitForProgressAsync(agency.Report().InstanceId, p => p.Stage == 1);
        await host.ReviewTokenAsync(agency.Reviewer(2), revision: 1);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_change_of_stages_mid_review_is_in_the_audit()
    {
        var agency = await host.RegisterAgencyAsync(stages: 1);
        await host.SubmitSeedAsync(agency);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var added = $"added@{agency.Id}.test";

        await ReregisterAsync(agency, [[added]]);
        await host.ReviewTokenAsync(added, revision: 1);

        var audit = await host.Services.GetRequiredService<AuditLog>().ListAsync(agency.Report());
        var change = Assert.Single(audit, a => a.Step == "reviewers-changed");
        Assert.Contains($"added: {added}", change.Detail, StringComparison.Ordinal);
        Assert.Contains($"removed: {agency.Reviewer(1)}", change.Detail, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }
}
