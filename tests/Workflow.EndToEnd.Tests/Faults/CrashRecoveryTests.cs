using System.Net;
using System.Text.Json.Nodes;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.Functions.Faults;

namespace Workflow.EndToEnd.Tests.Faults;

/// <summary>
/// The local host killed (SIGKILL, from inside, at a named fault point) at each hard moment of a report's way,
/// then started again: the report still ends published, once, with every mail sent once and its index entry
/// there. Each test runs its own host pair on its own task hub.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Killed_after_the_draft_is_stored_the_bureaus_retry_starts_the_review_and_the_report_is_published_once()
    {
        await using var run = await CrashRun.StartAsync(FaultPoints.DraftStored);
        var agency = await run.Api.RegisterAgencyAsync("crash-draft");

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => run.Api.SubmitAsync(agency.Id, agency.ApiKey, ReviewFlow.SeedText));
        await run.WaitForCrashAsync();
        Assert.True(await run.Blobs.ExistsAsync("drafts", $"2023/{agency.Id}/r1.json"), "the draft was stored before the crash");
        Assert.DoesNotContain(run.SendGrid.Sent, m => m.IsFor(agency.Reviewer));

        await run.RestartAsync();
        using var retry = await run.Api.SubmitAsync(agency.Id, agency.ApiKey, ReviewFlow.SeedText);
        var receipt = JsonNode.Parse(await retry.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(1, (int)receipt["revision"]!);
        Assert.True((bool)receipt["repeated"]!);

        var mail = await run.WithOutputAsync(() => run.SendGrid.WaitForAsync(agency.Reviewer, ReviewLinks.Contains));
        await FinalState.ApproveAsync(run.Api, ReviewLinks.In(mail));
        await FinalState.AssertPublishedOnceAsync(run, agency);
        Assert.Contains("review-resumed", await FinalState.AuditStepsAsync(run, agency));
    }

    [Fact]
    public async Task Killed_while_the_review_is_pending_the_rerun_sends_no_second_request_and_the_mailed_link_completes_it()
    {
        await using var run = await CrashRun.StartAsync(FaultPoints.ReviewPending);
        var agency = await run.Api.RegisterAgencyAsync("crash-pending");

        var link = await ReviewFlow.SubmitAndGetLinkAsync(run.Api, run.SendGrid, agency);
        await run.WaitForCrashAsync();
        Assert.DoesNotContain("review-requested", await FinalState.AuditStepsAsync(run, agency));

        await run.RestartAsync();
        // The stage notice runs again after the restart (it writes its audit step then) and sends nothing new;
        // an approval before that would let it skip the notice altogether.
        await FinalState.WaitForAuditStepAsync(run, agency, "review-requested");
        await FinalState.ApproveAsync(run.Api, link);
        await FinalState.AssertPublishedOnceAsync(run, agency);
        Assert.Single(await FinalState.AuditStepsAsync(run, agency), step => step == "review-requested");
        Assert.Single(run.SendGrid.Attempts, m => m.IsFor(agency.Reviewer) && m.Subject.StartsWith("【待审核】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Killed_inside_the_desks_approval_the_next_reminder_hands_it_over_and_the_report_is_approved_and_mailed_once()
    {
        // The reminder that hands the recorded decision over comes 15 s after the request.
        await using var run = await CrashRun.StartAsync(FaultPoints.DecisionRecorded, new Dictionary<string, string> { ["Workflow__ReminderInterval"] = "00:00:15" });
        var agency = await run.Api.RegisterAgencyAsync("crash-decision");

        var link = await ReviewFlow.SubmitAndGetLinkAsync(run.Api, run.SendGrid, agency);
        var page = await run.Api.OpenReviewAsync(link);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => run.Api.DecideAsync(link, page, "approve"));
        await run.WaitForCrashAsync();
        Assert.False(await run.Blobs.ExistsAsync("approved", $"2023/{agency.Id}.json"), "the approved blob comes after the crash point");

        await run.RestartAsync();
        await FinalState.AssertPublishedOnceAsync(run, agency);
        var steps = await FinalState.AuditStepsAsync(run, agency);
        Assert.Contains("decision-handed-over", steps);
        Assert.Single(steps, step => step == "approved");
        var again = await run.Api.OpenReviewAsync(link);
        Assert.Contains($"已由 {agency.Reviewer} 于", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Killed_between_approval_and_publication_the_report_is_published_once_after_the_restart()
    {
        await using var run = await CrashRun.StartAsync(FaultPoints.ApprovedBeforePublish);
        var agency = await run.Api.RegisterAgencyAsync("crash-approved");

        var link = await ReviewFlow.SubmitAndGetLinkAsync(run.Api, run.SendGrid, agency);
        await FinalState.ApproveAsync(run.Api, link);
        await run.WaitForCrashAsync();
        var approved = run.BlobService.GetBlobContainerClient("approved").GetBlobClient($"2023/{agency.Id}.json");
        var approvedETag = (await approved.GetPropertiesAsync()).Value.ETag;
        Assert.False(await run.Blobs.ExistsAsync(run.Settings.PublicContainer, $"2023/{agency.Id}/index.html"), "nothing was published before the crash");

        await run.RestartAsync();
        var status = await FinalState.AssertPublishedOnceAsync(run, agency);
        Assert.Equal(approvedETag, (await approved.GetPropertiesAsync()).Value.ETag);
        var entry = JsonNode.Parse(await run.Blobs.ReadTextAsync(run.Settings.PublicContainer, $"entries/2023/{agency.Id}.json"))!;
        Assert.Empty(entry["correctedAt"]!.AsArray());
        Assert.Equal(FinalState.Published, (string?)status["state"]);
    }

    [Fact]
    public async Task Killed_during_publication_the_restart_finishes_index_and_mails_without_publishing_again()
    {
        await using var run = await CrashRun.StartAsync(FaultPoints.DuringPublication);
        var agency = await run.Api.RegisterAgencyAsync("crash-publishing");

        var link = await ReviewFlow.SubmitAndGetLinkAsync(run.Api, run.SendGrid, agency);
        await FinalState.ApproveAsync(run.Api, link);
        await run.WaitForCrashAsync();
        var page = run.BlobService.GetBlobContainerClient(run.Settings.PublicContainer).GetBlobClient($"2023/{agency.Id}/index.html");
        var pageETag = (await page.GetPropertiesAsync()).Value.ETag;
        // The shared index is not checked here: another host on the same Azurite may rebuild it from the entries meanwhile.
        Assert.True(await run.Blobs.ExistsAsync(run.Settings.PublicContainer, $"entries/2023/{agency.Id}.json"), "the entry was written before the crash");
        Assert.DoesNotContain(run.SendGrid.Sent, m => m.IsFor(agency.Submitter) && m.Subject.StartsWith("已发布", StringComparison.Ordinal));

        await run.RestartAsync();
        await FinalState.AssertPublishedOnceAsync(run, agency);
        Assert.Equal(pageETag, (await page.GetPropertiesAsync()).Value.ETag);
    }
}
