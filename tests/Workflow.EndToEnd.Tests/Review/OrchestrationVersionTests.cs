using System.Net;
using Azure.Data.Tables;
using Workflow.EndToEnd.Tests.Faults;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Review;

/// <summary>
/// A review started by the previous orchestrator version (its history written by version 1 in the durable engine on
/// Azurite) completes after the host is replaced by one that starts new reviews with version 2: the old history is
/// replayed by the new host, and the new host's own reviews run version 2.
/// </summary>
public sealed class OrchestrationVersionTests
{
    const string StartReviewsWith = "Workflow__LocalHost__StartReviewsWith";

    [Fact]
    public async Task A_review_started_by_version_1_finishes_on_a_host_that_starts_version_2()
    {
        await Azurite.EnsureRunningAsync();
        await using var sendGrid = await FakeSendGrid.StartAsync();
        var settings = HostSettings.Create(sendGrid.BaseUrl) with
        {
            Overrides = new Dictionary<string, string>(CrashRun.QuickRecovery) { [StartReviewsWith] = "ReviewOrchestration" },
        };
        using var http = new HttpClient { BaseAddress = new Uri(settings.ApiBase) };
        var api = new WorkflowApi(http, settings.AdminKey);
        var id = $"e2e-version-{Guid.NewGuid().ToString("N")[..12]}";
        var (first, second) = ($"first@{id}.example", $"second@{id}.example");
        var agency = new TestAgency(id, "", $"bgs@{id}.example", first);
        try
        {
            await using (await LocalHostProcess.StartAsync(settings))
            {
                agency = agency with { ApiKey = await api.RegisterAsync(id, agency.Submitter, [new[] { first }, new[] { second }]) };
                var firstLink = await ReviewFlow.SubmitAndGetLinkAsync(api, sendGrid, agency);
                await FinalState.ApproveAsync(api, firstLink);
                await sendGrid.WaitForAsync(second, ReviewLinks.Contains);
            }

            Assert.Equal("ReviewOrchestration", await OrchestratorOfAsync(settings, $"report-{id}-2023"));

            await using var current = await LocalHostProcess.StartAsync(settings with { Overrides = CrashRun.QuickRecovery });
            var secondLink = ReviewLinks.In(await sendGrid.WaitForAsync(second, ReviewLinks.Contains));
            await FinalState.ApproveAsync(api, secondLink);

            await ReviewFlow.WaitForApprovedAsync(new StoredBlobs(new Azure.Storage.Blobs.BlobServiceClient(Azurite.ConnectionString)), id);
            await sendGrid.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("【已批准】", StringComparison.Ordinal));
            var status = await Polling.UntilAsync(() => api.StatusAsync(agency), s => (string?)s["state"] == "已发布", TimeSpan.FromSeconds(90));
            Assert.Equal(2, status["decisions"]!.AsArray().Count);
            Assert.Single(sendGrid.Sent, m => m.IsFor(agency.Submitter) && m.Subject.StartsWith("【已批准】", StringComparison.Ordinal));

            var newcomer = await api.RegisterAgencyAsync("version-new");
            using var submitted = await api.SubmitAsync(newcomer.Id, newcomer.ApiKey, ReviewFlow.SeedText);
            Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
            Assert.Equal("ReviewOrchestrationV2", await OrchestratorOfAsync(settings, $"report-{newcomer.Id}-2023"));
        }
        finally
        {
            Directory.Delete(settings.RepositoryRoot, recursive: true);
        }
    }

    /// <summary>The orchestrator name the durable engine stored for an instance (the Azure Storage backend's Instances table).</summary>
    static async Task<string?> OrchestratorOfAsync(HostSettings settings, string instanceId)
    {
        var table = new TableServiceClient(Azurite.ConnectionString).GetTableClient($"{settings.TaskHub}Instances");
        var row = await Polling.UntilAsync(async () => (await table.GetEntityIfExistsAsync<TableEntity>(instanceId, "")) is { HasValue: true } found ? found.Value : null, r => r is not null);
        return row!.GetString("Name");
    }
}
