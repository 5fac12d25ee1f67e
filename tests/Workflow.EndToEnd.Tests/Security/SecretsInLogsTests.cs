using System.Net;
using System.Security.Cryptography;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Security;

/// <summary>
/// A whole run, from registration to the public page, logged as a developer's host logs (Information and up):
/// no key, no signed token and nothing of the report's text is in it.
/// </summary>
public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task A_full_run_logs_no_key_no_signed_token_and_no_report_text()
    {
        await Azurite.EnsureRunningAsync();
        await using var sendGrid = await FakeSendGrid.StartAsync();
        var settings = HostSettings.Create(sendGrid.BaseUrl) with
        {
            Overrides = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Information" },
        };
        var marker = $"日志核查标记{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";
        var output = "";
        string agencyKey, link, form;
        try
        {
            await using (var host = await LocalHostProcess.StartAsync(settings))
            {
                using var http = new HttpClient { BaseAddress = new Uri(settings.ApiBase) };
                var api = new WorkflowApi(http, settings.AdminKey);
                var agency = await api.RegisterAgencyAsync("logs");
                agencyKey = agency.ApiKey;
                var text = ReviewFlow.SeedText.Replace("切实履行法定职责", $"切实履行法定职责{marker}", StringComparison.Ordinal);
                Assert.Contains(marker, text, StringComparison.Ordinal);
                link = await ReviewFlow.SubmitAndGetLinkAsync(api, sendGrid, agency, text);
                var page = await api.OpenReviewAsync(link);
                form = page.HiddenFields["form"];
                var (status, body) = await api.DecideAsync(link, page, "approve");
                Assert.True(status == HttpStatusCode.OK, body);
                await sendGrid.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("已发布", StringComparison.Ordinal));
                await api.StatusAsync(agency);
                await host.TerminateAsync(TimeSpan.FromSeconds(30));
                output = host.Output;
            }

            var logs = WithoutBanner(output);
            Assert.Contains("PublishApprovedReport", output, StringComparison.Ordinal);
            Assert.DoesNotContain(settings.AdminKey, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(agencyKey, output, StringComparison.Ordinal);
            Assert.DoesNotContain(ReviewLinks.Token(link), output, StringComparison.Ordinal);
            Assert.DoesNotContain(form, output, StringComparison.Ordinal);
            Assert.DoesNotContain(marker, output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(settings.RepositoryRoot, recursive: true);
        }
    }

    /// <summary>The banner prints the admin key on purpose (the developer needs it); the logs around it must not.</summary>
    private static string WithoutBanner(string output)
    {
        var lines = output.Split('\n').ToList();
        var start = lines.FindIndex(l => l.Contains("Workflow local host is running", StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.Contains("--data-binary", StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, output);
        lines.RemoveRange(start, end - start + 1);
        return string.Join('\n', lines);
    }
}
