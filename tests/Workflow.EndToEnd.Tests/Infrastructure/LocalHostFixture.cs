using Azure.Storage.Blobs;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One local host (child process) with the fake SendGrid endpoint, shared by the tests of the "local host"
/// collection. Each test registers its own agencies, so the tests don't see each other's reports.
/// </summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    FakeSendGrid? sendGrid;
    LocalHostProcess? host;
    HttpClient? http;

    public FakeSendGrid SendGrid => sendGrid ?? throw new InvalidOperationException("Not started.");

    public LocalHostProcess Host => host ?? throw new InvalidOperationException("Not started.");

    public HostSettings Settings { get; private set; } = null!;

    public WorkflowApi Api { get; private set; } = null!;

    public StoredBlobs Blobs { get; } = new(new BlobServiceClient(Azurite.ConnectionString));

    public async Task InitializeAsync()
    {
        await Azurite.EnsureRunningAsync();
        sendGrid = await FakeSendGrid.StartAsync();
        Settings = HostSettings.Create(sendGrid.BaseUrl);
        host = await LocalHostProcess.StartAsync(Settings);
        http = new HttpClient { BaseAddress = new Uri(Settings.ApiBase) };
        Api = new WorkflowApi(http, Settings.AdminKey);
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

        Directory.Delete(Settings.RepositoryRoot, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "local host";
}
