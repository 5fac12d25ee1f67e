using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Faults;

/// <summary>
/// What must hold once a report's flow is over, however often the host died on the way: the status says
/// published, the approved blob and the public page exist, the year index lists the report exactly once, and
/// every mail went out exactly once per recipient and event.
/// </summary>
public static class FinalState
{
    public const string Published = "已发布";

    /// <summary>Waits for publication and its mails, then checks the final state of the agency's report.</summary>
    public static async Task<JsonObject> AssertPublishedOnceAsync(IHostUnderTest run, TestAgency agency)
    {
        var status = await run.WithOutputAsync(() => Polling.UntilAsync(() => run.Api.StatusAsync(agency), s => (string?)s["state"] == Published, TimeSpan.FromSeconds(90)));
        Assert.Equal(1, (int)status["latestRevision"]!);
        Assert.Single(status["revisions"]!.AsArray());
        Assert.Single(status["decisions"]!.AsArray());

        var approved = JsonNode.Parse(await run.Blobs.ReadTextAsync("approved", $"2023/{agency.Id}.json"))!;
        Assert.Equal(1, (int)approved["approval"]!["revision"]!);
        // The status says 已发布 once report.json is there; the page is written beside it at the same moment.
        var page = await run.Blobs.WaitForTextAsync(run.Settings.PublicContainer, $"2023/{agency.Id}/index.html");
        Assert.Contains("15098", page, StringComparison.Ordinal);

        // The shared index is rewritten right after the page; wait for it, then count.
        var listed = await run.WithOutputAsync(() => Polling.UntilAsync(() => IndexEntriesAsync(run, agency), count => count > 0));
        Assert.Equal(1, listed);
        Assert.EndsWith($"/2023/{agency.Id}/index.html", (string?)status["publicUrl"], StringComparison.Ordinal);

        await run.WithOutputAsync(() => run.SendGrid.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("已发布", StringComparison.Ordinal)));
        await run.WithOutputAsync(() => run.SendGrid.WaitForAsync(agency.Reviewer, m => m.Subject.StartsWith("您批准的报告已发布", StringComparison.Ordinal)));
        // The blob trigger can run (and the host die) before the approval activity mailed 【已批准】, as Event
        // Grid can fire before the activity returns; the rerun of the activity mails it after the restart.
        await run.WithOutputAsync(() => run.SendGrid.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("【已批准】", StringComparison.Ordinal)));
        AssertEachMailOnce(run.SendGrid, agency, ["【待审核】", "【已批准】", "已发布", "您批准的报告已发布"]);
        return status;
    }

    /// <summary>Every accepted mail to the agency's people was accepted once, and each expected kind is there.</summary>
    public static void AssertEachMailOnce(FakeSendGrid sendGrid, TestAgency agency, IReadOnlyList<string> expectedSubjectStarts)
    {
        var mails = sendGrid.Sent
            .SelectMany(m => m.To.Select(to => (To: to, m.Subject)))
            .Where(m => m.To.EndsWith($"@{agency.Id}.example", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var repeated = mails.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => $"{g.Key.To}: {g.Key.Subject} ×{g.Count()}").ToList();
        Assert.True(repeated.Count == 0, $"Mails sent more than once: {string.Join(" | ", repeated)}");
        foreach (var start in expectedSubjectStarts)
        {
            Assert.Contains(mails, m => m.Subject.StartsWith(start, StringComparison.Ordinal));
        }
    }

    /// <summary>How often the year index lists the agency's page.</summary>
    public static async Task<int> IndexEntriesAsync(IHostUnderTest run, TestAgency agency)
    {
        if (!await run.Blobs.ExistsAsync(run.Settings.PublicContainer, "2023/index.json"))
        {
            return 0;
        }

        var index = JsonNode.Parse(await run.Blobs.ReadTextAsync(run.Settings.PublicContainer, "2023/index.json"))!;
        return index["reports"]!.AsArray().Count(r => ((string?)r!["pageUrl"])?.EndsWith($"/2023/{agency.Id}/index.html", StringComparison.Ordinal) == true);
    }

    /// <summary>The audit steps of the agency's 2023 report, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> AuditStepsAsync(IHostUnderTest run, TestAgency agency)
    {
        var table = run.Tables.GetTableClient("audit");
        var steps = new List<(string RowKey, string Step)>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == $"{agency.Id}-2023"))
        {
            steps.Add((row.RowKey, row.GetString("Step")));
        }

        return [.. steps.OrderBy(s => s.RowKey, StringComparer.Ordinal).Select(s => s.Step)];
    }

    /// <summary>Waits until the agency's 2023 report has written <paramref name="step"/> to its audit.</summary>
    public static async Task WaitForAuditStepAsync(IHostUnderTest run, TestAgency agency, string step)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (!(await AuditStepsAsync(run, agency)).Contains(step))
        {
            Assert.True(DateTime.UtcNow < until, $"no audit step {step} within 90 s");
            await Task.Delay(200);
        }
    }

    /// <summary>Approves through the mailed link as a reviewer's browser does.</summary>
    public static async Task ApproveAsync(WorkflowApi api, string link)
    {
        var page = await api.OpenReviewAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var (status, body) = await api.DecideAsync(link, page, "approve");
        Assert.True(status == HttpStatusCode.OK, body);
    }
}
