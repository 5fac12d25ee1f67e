using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Startup;

/// <summary>A wrong setting stops the local host at start with one line that names it.</summary>
public sealed class WrongSettingTests
{
    [Fact]
    public async Task A_relative_api_base_url_stops_the_host_with_a_message_naming_the_setting()
    {
        await Azurite.EnsureRunningAsync();
        var settings = HostSettings.Create("http://127.0.0.1:9") with
        {
            Overrides = new Dictionary<string, string> { ["Workflow__ApiBaseUrl"] = "localhost:7071/api" },
        };
        try
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalHostProcess.StartAsync(settings));

            // The message carries the host's output; its last line is what the person reads last.
            var lastLine = failure.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
            Assert.StartsWith("The local host did not start: Workflow:ApiBaseUrl must be an absolute http or https URL", lastLine, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(settings.RepositoryRoot, recursive: true);
        }
    }
}
