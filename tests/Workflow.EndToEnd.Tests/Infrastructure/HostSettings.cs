using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What a local host under test is told through environment variables: its own port, task hub, public container and
/// .local/ (a temporary repository root), known keys, and SendGrid pointed at the fake endpoint.
/// </summary>
public sealed record HostSettings(int Port, string TaskHub, string AdminKey, string ReviewLinkKey, string SendGridHost, string RepositoryRoot)
{
    /// <summary>
    /// The public container of this host's own: what a developer's host published into "reports" (hostile content
    /// included) is never in a test's indexes and feed, and a test's never in the developer's.
    /// </summary>
    public string PublicContainer => $"e2e-{TaskHub[3..]}-reports";

    /// <summary>Where this host's public reports are read without credentials.</summary>
    public string PublicBaseUrl => $"http://127.0.0.1:10000/devstoreaccount1/{PublicContainer}";

    /// <summary>Further settings (environment variable names, "__" for ':'), added to or replacing the defaults.</summary>
    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();

    public string ApiBase => $"http://127.0.0.1:{Port}";

    public static HostSettings Create(string sendGridHost)
    {
        var run = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var root = Directory.CreateTempSubdirectory("workflow-e2e-").FullName;
        // The host reads the demo agency from {root}/seeds, like from a clone.
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds")))
        {
            File.Copy(seed, Path.Combine(root, "seeds", Path.GetFileName(seed)));
        }

        // The host registers "the demo agency" of this copy: an id of this run's own, so that the real demo
        // agency's key (kept by a developer's host in the shared Azurite) is left alone.
        var demoFile = Path.Combine(root, "seeds", "demo-agency.json");
        var demo = JsonNode.Parse(File.ReadAllText(demoFile))!;
        demo["id"] = $"e2e-demo-{run}";
        File.WriteAllText(demoFile, demo.ToJsonString());

        return new HostSettings(FreePort.Next(), $"e2e{run}", Secret(), Secret(), sendGridHost, root);
    }

    public IReadOnlyDictionary<string, string> Environment()
    {
        var environment = Defaults();
        foreach (var (name, value) in Overrides)
        {
            environment[name] = value;
        }

        return environment;
    }

    Dictionary<string, string> Defaults() => new()
    {
        ["Workflow__LocalHost__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Workflow__LocalHost__RepositoryRoot"] = RepositoryRoot,
        ["Workflow__LocalHost__Durable__TaskHub"] = TaskHub,
        // A killed host's in-flight messages come back after this; short, so the restart test is quick.
        ["Workflow__LocalHost__Durable__MessageVisibilityTimeout"] = "00:00:08",
        ["Workflow__ApiBaseUrl"] = ApiBase,
        ["Workflow__AdminKey"] = AdminKey,
        ["Workflow__ReviewLinkKey"] = ReviewLinkKey,
        ["SendGrid__ApiKey"] = "SG.fake-key-for-tests",
        ["SendGrid__Host"] = SendGridHost,
        ["Workflow__PublicContainer"] = PublicContainer,
        ["Workflow__PublicReportsBaseUrl"] = PublicBaseUrl,
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Workflow"] = "Information",
        ["Logging__LogLevel__Microsoft.DurableTask"] = "Information",
    };

    static string Secret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
