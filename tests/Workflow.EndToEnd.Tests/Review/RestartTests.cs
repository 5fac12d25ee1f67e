using System.Net;
using Azure.Storage.Blobs;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Review;

/// <summary>A review pending while the host dies is still there when it comes back: the state is in storage, not in memory.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    FakeSendGrid sendGrid = null!;
    HostSettings settings = null!;

    public async Task InitializeAsync()
    {
        await Azurite.EnsureRunningAsync();
        sendGrid = await FakeSendGrid.StartAsync();
        settings = HostSettings.Create(sendGrid.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await sendGrid.DisposeAsync();
        Directory.Delete(settings.RepositoryRoot, recursive: true);
    }

    [Fact]
    public async Task A_review_pending_when_the_host_is_killed_completes_after_a_restart()
    {
        using var http = new HttpClient { BaseAddress = new Uri(settings.ApiBase) };
        var api = new WorkflowApi(http, settings.AdminKey);
        string link;
        TestAgency agency;
        await using (var first = await LocalHostProcess.StartAsync(settings))
        {
            agency = await api.RegisterAgencyAsync("restart");
            link = await ReviewFlow.SubmitAndGetLinkAsync(api, sendGrid, agency);
            await first.KillAsync();
        }

        await using var second = await LocalHostProcess.StartAsync(settings);
        var page = await api.OpenReviewAsync(link);
        var (status, _) = await api.DecideAsync(link, page, "approve");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(HttpStatusCode.OK, status);
        var approved = await WithOutputOnFailure(second, () => ReviewFlow.WaitForApprovedAsync(new StoredBlobs(new BlobServiceClient(Azurite.ConnectionString)), agency.Id));
        Assert.Equal(agency.Id, approved["report"]!["agency"]!["id"]!.GetValue<string>());
    }

    static async Task<T> WithOutputOnFailure<T>(LocalHostProcess host, Func<Task<T>> wait)
    {
        try
        {
            return await wait();
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}Host output:{Environment.NewLine}{host.Output}", e);
        }
    }

    [Fact]
    public async Task Terminating_the_host_stops_it_cleanly()
    {
        await using var host = await LocalHostProcess.StartAsync(settings);

        await host.TerminateAsync(within: TimeSpan.FromSeconds(60));

        Assert.True(host.ExitCode == 0, $"Exit code {host.ExitCode}. Host output:{Environment.NewLine}{host.Output}");
        Assert.DoesNotContain("did not stop", host.Output, StringComparison.Ordinal);
    }
}
