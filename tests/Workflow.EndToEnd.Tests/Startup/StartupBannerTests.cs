using System.Diagnostics;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Startup;

/// <summary>What the host prints at start is what a person copies: it has to work as printed.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class StartupBannerTests(LocalHostFixture host)
{
    [Fact]
    public void Banner_shows_the_admin_key_and_the_outbox()
    {
        Assert.Contains($"Admin key        {host.Settings.AdminKey}", host.Host.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(host.Settings.RepositoryRoot, ".local", "outbox"), host.Host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printed_curl_submits_the_seed_as_the_demo_agency()
    {
        var lines = host.Host.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith("  curl -i -X POST", StringComparison.Ordinal));
        Assert.True(start >= 0, $"No curl in the banner:{Environment.NewLine}{host.Host.Output}");
        var command = string.Join('\n', lines.Skip(start).Take(3));

        using var curl = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true })!;
        var answer = await curl.StandardOutput.ReadToEndAsync();
        await curl.WaitForExitAsync();

        Assert.StartsWith("HTTP/1.1 202", answer, StringComparison.Ordinal);
    }
}
