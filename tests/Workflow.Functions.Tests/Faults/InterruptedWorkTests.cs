using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Faults;

/// <summary>
/// Work cut short by a host that died, done again: a submission that claimed its revision and stopped, and a
/// review activity run twice. The redo completes the work without doing any of it twice.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class InterruptedWorkTests(ReviewTestHost host)
{
    [Fact]
    public async Task A_retried_submission_finishes_the_revision_its_first_try_claimed_and_left()
    {
        var agency = await host.RegisterAgencyAsync();
        var claimed = new RevisionEntity
        {
            Revision = 1,
            ContentSha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Seed.Text))),
            MediaType = "text/plain",
            OriginalBlob = agency.Report().OriginalBlob(1, "txt"),
            SubmittedAt = DateTimeOffset.UtcNow,
        };
        Assert.True(await host.Services.GetRequiredService<SubmissionStore>().TryClaimRevisionAsync(agency.Report(), claimed));

        var response = await host.SubmitSeedAsync(agency);

        Assert.Equal(202, response.StatusCode);
        Assert.Equal(1, (int)JsonNode.Parse(response.Content!)!["revision"]!);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
    }

    [Fact]
    public async Task Another_body_does_not_take_over_a_fresh_claim_of_the_same_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        var claimed = new RevisionEntity { Revision = 1, ContentSha256 = new string('0', 64), MediaType = "text/plain", SubmittedAt = DateTimeOffset.UtcNow };
        Assert.True(await host.Services.GetRequiredService<SubmissionStore>().TryClaimRevisionAsync(agency.Report(), claimed));

        var response = await host.SubmitSeedAsync(agency);

        Assert.Equal(409, response.StatusCode);
    }

    [Fact]
    public async Task A_stage_notice_run_twice_mails_each_reviewer_once()
    {
        var agency = await host.RegisterAgencyAsync();
        Assert.Equal(202, (await host.SubmitSeedAsync(agency)).StatusCode);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var activities = ActivatorUtilities.CreateInstance<ReviewActivities>(host.Services);

        await activities.SendStageNotice(new StageNotice(agency.Id, 2023, 1, 0, NoticeKind.Request, 0));

        Assert.Single(host.Mail.To(agency.Reviewer(1)));
    }

    [Fact]
    public async Task Review_mails_of_different_rounds_are_different_mails()
    {
        var agency = await host.RegisterAgencyAsync();
        Assert.Equal(202, (await host.SubmitSeedAsync(agency)).StatusCode);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var activities = ActivatorUtilities.CreateInstance<ReviewActivities>(host.Services);

        await activities.SendStageNotice(new StageNotice(agency.Id, 2023, 1, 0, NoticeKind.Reminder, 1));

        Assert.Equal(2, host.Mail.To(agency.Reviewer(1)).Count);
    }
}
