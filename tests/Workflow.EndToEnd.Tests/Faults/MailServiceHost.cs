using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Faults;

/// <summary>
/// One local host for the mail-service fault tests, with the fake SendGrid endpoint (whose answers the tests
/// script per recipient) and failed activities retried after 1 s instead of 15 s.
/// </summary>
public sealed class MailServiceHost : IHostUnderTest, IAsyncLifetime
{
    FakeSendGrid? sendGrid;
    LocalHostProcess? host;
    HttpClient? http;
    HostSettings? settings;

    public HostSettings Settings => settings ?? throw new InvalidOperationException("Not started.");

    public FakeSendGrid SendGrid => sendGrid ?? throw new InvalidOperationException("Not started.");

    public LocalHostProcess Host => host ?? throw new InvalidOperationException("Not started.");

    public WorkflowApi Api { get; private set; } = null!;

    public TableServiceClient Tables { get; } = new(Azurite.ConnectionString);

    public StoredBlobs Blobs { get; } = new(new Azure.Storage.Blobs.BlobServiceClient(Azurite.ConnectionString));

    public async Task InitializeAsync()
    {
        await Azurite.EnsureRunningAsync();
        sendGrid = await FakeSendGrid.StartAsync();
        settings = HostSettings.Create(sendGrid.BaseUrl) with { Overrides = CrashRun.QuickRecovery };
        host = await LocalHostProcess.StartAsync(settings);
        http = new HttpClient { BaseAddress = new Uri(settings.ApiBase) };
        Api = new WorkflowApi(http, settings.AdminKey);
    }

    /// <summary>
    /// Registers an agency whose one review stage has two reviewers: <see cref="TestAgency.Reviewer"/> and
    /// <paramref name="secondReviewer"/>@{id}.example (returned as the second item).
    /// </summary>
    public async Task<(TestAgency Agency, string SecondReviewer)> RegisterTwoReviewerAgencyAsync(string purpose, string secondReviewer)
    {
        var id = $"e2e-{purpose}-{Guid.NewGuid().ToString("N")[..12]}";
        var agency = new TestAgency(id, "", $"bgs@{id}.example", $"shenhe@{id}.example");
        var second = $"{secondReviewer}@{id}.example";
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/admin/agencies/{id}")
        {
            Content = JsonContent.Create(new
            {
                name = "怀仁市行政审批服务管理局",
                kind = "department",
                submitters = new[] { agency.Submitter },
                reviewStages = new[] { new[] { agency.Reviewer, second } },
                escalation = new[] { $"zhuren@{id}.example" },
            }),
        };
        request.Headers.Add("X-Admin-Key", settings!.AdminKey);
        using var response = await Api.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Registering {id}: {(int)response.StatusCode} {body}");
        return (agency with { ApiKey = JsonNode.Parse(body)!["apiKey"]!.GetValue<string>() }, second);
    }

    public async Task<T> WithOutputAsync<T>(Func<Task<T>> wait)
    {
        try
        {
            return await wait();
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}Host output:{Environment.NewLine}{Host.Output}", e);
        }
    }

    public async Task DisposeAsync()
    {
        http?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (sendGrid is not null)
        {
            await sendGrid.DisposeAsync();
        }

        if (settings is not null)
        {
            Directory.Delete(settings.RepositoryRoot, recursive: true);
        }
    }
}
