using System.Diagnostics;
using System.Net;
using System.Text;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Publishing;

/// <summary>
/// Runs the README's "Try it" walk-through: the host started with its `dotnet run` command (plus --no-build,
/// own port, task hub and outbox, and no SendGrid key, so mail goes to the outbox as on a fresh clone), then
/// every other block with bash at the repository root. A fresh agency stands in for the demo one, so the test
/// can run again on the same Azurite; 批准 is pressed over HTTP with the page's form fields.
/// </summary>
public sealed class ReadmeTryItTests
{
    const string DemoAgency = "huairen-xzspj";
    const string KeyPlaceholder = "paste-the-agency-key";
    const string ReadmeApi = "http://localhost:7071";

    const string ReadmePublic = "http://127.0.0.1:10000/devstoreaccount1/reports";

    [Fact]
    public async Task Readme_try_it_walkthrough_reaches_the_public_page()
    {
        var blocks = ReadmeTryIt.Blocks();
        Assert.Equal(3, blocks.Count);
        Assert.Equal("dotnet run --project src/Workflow.LocalHost", blocks[0].Trim());
        await Azurite.EnsureRunningAsync();
        var settings = HostSettings.Create("http://127.0.0.1:9");
        var output = new StringBuilder();
        using var host = StartHost(blocks[0].Trim(), settings, output);
        try
        {
            await Polling.UntilAsync(() => Task.FromResult(Text(output)), o => o.Contains("Workflow local host is running", StringComparison.Ordinal) || host.HasExited, TimeSpan.FromSeconds(120));
            Assert.False(host.HasExited, Text(output));
            using var http = new HttpClient { BaseAddress = new Uri(settings.ApiBase) };
            var api = new WorkflowApi(http, settings.AdminKey);
            var agency = await api.RegisterAgencyAsync("readme");
            var environment = new Dictionary<string, string> { ["OUTBOX"] = Path.Combine(settings.RepositoryRoot, ".local", "outbox") };
            string Adapt(string block) => block
                .Replace($"AGENCY={DemoAgency}", $"AGENCY={agency.Id}", StringComparison.Ordinal)
                .Replace(KeyPlaceholder, agency.ApiKey, StringComparison.Ordinal)
                .Replace(ReadmeApi, settings.ApiBase, StringComparison.Ordinal)
                .Replace(ReadmePublic, settings.PublicBaseUrl, StringComparison.Ordinal);

            // Submitting the same text again is the same revision, so the block can be repeated until the mail is there.
            var submitted = await Polling.UntilAsync(
                () => ShellRun.BashAsync(Adapt(blocks[1]), Repository.Root, environment),
                o => o.Contains("/api/review/", StringComparison.Ordinal));
            Assert.Contains("\"revision\": 1", submitted, StringComparison.Ordinal);
            var link = ReviewLinkIn(submitted);
            var (status, body) = await api.DecideAsync(link, await api.OpenReviewAsync(link), "approve");
            Assert.True(status == HttpStatusCode.OK, body);

            var pageUrl = $"{settings.PublicBaseUrl}/2023/{agency.Id}/index.html";
            var assignments = string.Join('\n', blocks[1].Split('\n').Where(l => l.StartsWith("AGENCY=", StringComparison.Ordinal)));
            var published = await Polling.UntilAsync(
                () => ShellRun.BashAsync(Adapt(assignments + "\n" + blocks[2]), Repository.Root, environment),
                o => o.Contains("<title>", StringComparison.Ordinal) && o.Contains(pageUrl, StringComparison.Ordinal));
            Assert.Contains("<title>怀仁市行政审批服务管理局2023年政府信息公开工作年度报告</title>", published, StringComparison.Ordinal);
            Assert.Contains("\n1\n", published, StringComparison.Ordinal);
            Assert.Contains("已发布：", published, StringComparison.Ordinal);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(settings.RepositoryRoot, recursive: true);
        }
    }

    static Process StartHost(string command, HostSettings settings, StringBuilder output)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(words[0]) { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in words[1..].Append("--no-build"))
        {
            start.ArgumentList.Add(word);
        }
        foreach (var (name, value) in settings.Environment().Where(e => !e.Key.StartsWith("SendGrid__", StringComparison.Ordinal)))
        {
            start.Environment[name] = value;
        }
        start.Environment["Logging__LogLevel__Default"] = "Information";

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    static void Append(StringBuilder output, string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    static string ReviewLinkIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"https?://\S+/api/review/[A-Za-z0-9_\-\.]+").Value;
}
