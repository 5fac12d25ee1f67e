using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Faults;

/// <summary>
/// A local host started with a crash point (Workflow:LocalHost:CrashAt), driven until it kills itself there,
/// and started again without it on the same storage and task hub, with the fake SendGrid endpoint throughout.
/// </summary>
public sealed class CrashRun : IHostUnderTest, IAsyncDisposable
{
    const string CrashAt = "Workflow__LocalHost__CrashAt";
    static readonly TimeSpan CrashBound = TimeSpan.FromSeconds(90);

    readonly HttpClient http;
    readonly IReadOnlyDictionary<string, string> afterRestart;

    CrashRun(string point, FakeSendGrid sendGrid, HostSettings settings, LocalHostProcess host, IReadOnlyDictionary<string, string> afterRestart)
    {
        this.afterRestart = afterRestart;
        Point = point;
        SendGrid = sendGrid;
        Settings = settings;
        Host = host;
        http = new HttpClient { BaseAddress = new Uri(settings.ApiBase) };
        Api = new WorkflowApi(http, settings.AdminKey);
    }

    public string Point { get; }

    public FakeSendGrid SendGrid { get; }

    public HostSettings Settings { get; private set; }

    public LocalHostProcess Host { get; private set; }

    public WorkflowApi Api { get; }

    public StoredBlobs Blobs { get; } = new(new BlobServiceClient(Azurite.ConnectionString));

    public BlobServiceClient BlobService { get; } = new(Azurite.ConnectionString);

    public TableServiceClient Tables { get; } = new(Azurite.ConnectionString);

    /// <summary>
    /// Short retry and lease times keep the run quick: a killed host's messages come back after 8 s (the
    /// default test setting), its partition lease expires after 5 s, a failed activity is retried after 1 s.
    /// </summary>
    public static IReadOnlyDictionary<string, string> QuickRecovery { get; } = new Dictionary<string, string>
    {
        ["Workflow__ActivityRetryInterval"] = "00:00:01",
        ["Workflow__LocalHost__Durable__LeaseInterval"] = "00:00:05",
    };

    /// <param name="settings">More settings for both hosts (environment variable names).</param>
    public static async Task<CrashRun> StartAsync(string point, IReadOnlyDictionary<string, string>? settings = null)
    {
        await Azurite.EnsureRunningAsync();
        var sendGrid = await FakeSendGrid.StartAsync();
        var afterRestart = new Dictionary<string, string>(QuickRecovery);
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            afterRestart[name] = value;
        }

        var hostSettings = HostSettings.Create(sendGrid.BaseUrl) with
        {
            Overrides = new Dictionary<string, string>(afterRestart) { [CrashAt] = point },
        };
        var host = await LocalHostProcess.StartAsync(hostSettings);
        return new CrashRun(point, sendGrid, hostSettings, host, afterRestart);
    }

    /// <summary>Waits until the host has killed itself at the crash point.</summary>
    public async Task WaitForCrashAsync()
    {
        await Host.WaitForExitAsync(CrashBound);
        Assert.Contains($"Fault injection: the local host dies at {Point}.", Host.Output, StringComparison.Ordinal);
    }

    /// <summary>Starts the host again on the same storage and task hub, without the crash point.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Settings = Settings with { Overrides = afterRestart };
        Host = await LocalHostProcess.StartAsync(Settings);
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

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Host.DisposeAsync();
        await SendGrid.DisposeAsync();
        Directory.Delete(Settings.RepositoryRoot, recursive: true);
    }
}
