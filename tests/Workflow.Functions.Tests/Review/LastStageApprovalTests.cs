using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Lifecycle;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Review;

/// <summary>The last stage's approval takes effect at the review desk; the orchestration follows.</summary>
[Collection(ReviewCollection.Name)]
public sealed class LastStageApprovalTests(ReviewTestHost host)
{
    [Fact]
    public async Task The_last_stage_approval_writes_the_approved_report_before_the_review_hears_of_it()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var instance = agency.Report().InstanceId;
        await host.WaitForProgressAsync(instance, p => p.Revision == 1);
        await host.Client.SuspendInstanceAsync(instance);

        var page = await host.DecideAsync(token, "approve");

        Assert.Equal(200, page.Status);
        Assert.Contains("报告已批准", page.Html, StringComparison.Ordinal);
        var approved = await host.Services.GetRequiredService<DraftStore>().ReadApprovedAsync(agency.Report());
        Assert.Equal(1, ApprovedReportDocument.Deserialize(approved!).Approval.Revision);
        Assert.Equal(ReportState.Approved, (await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()))!.ReportState);
        Assert.DoesNotContain(host.Mail.To(agency.Submitter), m => m.Subject.StartsWith("【已批准】", StringComparison.Ordinal));

        await host.Client.ResumeInstanceAsync(instance);
        var done = await host.WaitForCompletionAsync(instance);
        Assert.Equal(new ReviewOutcome(Approved: true, Revision: 1), done.ReadOutputAs<ReviewOutcome>());
        await host.Mail.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("【已批准】", StringComparison.Ordinal));
        Assert.Equal(approved, await host.Services.GetRequiredService<DraftStore>().ReadApprovedAsync(agency.Report()));
    }

    [Fact]
    public async Task The_approval_time_is_when_the_reviewer_decided()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);

        await host.DecideAsync(token, "approve");

        var approved = ApprovedReportDocument.Deserialize((await host.Services.GetRequiredService<DraftStore>().ReadApprovedAsync(agency.Report()))!);
        var decision = Assert.Single(await host.Services.GetRequiredService<DecisionStore>().ListAsync(agency.Report()));
        Assert.Equal(decision.DecidedAt, approved.Approval.ApprovedAt);
        await host.WaitForCompletionAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Approving_an_earlier_stage_publishes_nothing()
    {
        var agency = await host.RegisterAgencyAsync(stages: 2);
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);

        var page = await host.DecideAsync(token, "approve");

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("报告已批准", page.Html, StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<DraftStore>().ReadApprovedAsync(agency.Report()));
        Assert.Equal(ReportState.Reviewing, (await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()))!.ReportState);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task An_approval_that_reaches_the_review_after_a_withdrawal_publishes_nothing()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var instance = agency.Report().InstanceId;
        // The withdrawal has marked the report; its event is still on the way when the decision arrives.
        await MarkAsync(agency, ReportState.Withdrawn);

        await host.Client.RaiseEventAsync(instance, ReviewOrchestration.EventName,
            new ReviewEvent(ReviewEventKind.Decision, 1, 0, ReviewVerdict.Approve, agency.Reviewer(1), "", "late-approval", ApprovedAtDesk: true, Outcome: StageOutcome.Approved));

        await host.WaitForProgressAsync(instance, p => p.IgnoredEvents == 1);
        Assert.Null(await host.Services.GetRequiredService<DraftStore>().ReadApprovedAsync(agency.Report()));
        var audit = await host.Services.GetRequiredService<AuditLog>().ListAsync(agency.Report());
        Assert.Contains(audit, a => a.Step == "approval-skipped");
        await host.Client.TerminateInstanceAsync(instance);
    }

    [Fact]
    public async Task An_approval_judged_after_a_withdrawal_leaves_the_report_withdrawn()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var store = host.Services.GetRequiredService<SubmissionStore>();
        await MarkAsync(agency, ReportState.Withdrawn);

        var approval = await store.ApplyAsync(agency.Report(), LifecycleEvent.Approve(1, 0));

        Assert.Equal(TransitionKind.Refused, approval.Kind);
        Assert.Equal("报告已撤回", approval.Title);
        Assert.Equal(ReportState.Withdrawn, (await store.GetReportAsync(agency.Report()))!.ReportState);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_desk_approval_that_never_reached_the_review_is_handed_over_by_the_next_reminder()
    {
        var agency = await host.RegisterAgencyAsync();
        await using var reminding = WorkflowServices.Create(host.Mail, s => s["Workflow:ReminderInterval"] = "00:00:02");
        await reminding.GetRequiredService<SubmissionDesk>().SubmitAsync(
            agency.Profile, 2023, System.Text.Encoding.UTF8.GetBytes(Seed.Text), "text/plain", correction: false, host.Client, CancellationToken.None);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var instance = agency.Report().InstanceId;
        await host.WaitForProgressAsync(instance, p => p.Revision == 1);
        // What the desk leaves when its host dies after approving the head row, before raising the decision.
        await host.Services.GetRequiredService<DecisionStore>().TryRecordAsync(agency.Report(), new DecisionEntity
        {
            Revision = 1, Stage = 0, Reviewer = agency.Reviewer(1), Decision = "approve", Comment = "", DecidedAt = DateTimeOffset.UtcNow, DecisionId = "never-raised",
        });
        await MarkAsync(agency, ReportState.Approved);

        var done = await host.WaitForCompletionAsync(instance);

        Assert.Equal(new ReviewOutcome(Approved: true, Revision: 1), done.ReadOutputAs<ReviewOutcome>());
        Assert.NotNull(await host.Services.GetRequiredService<DraftStore>().ReadApprovedAsync(agency.Report()));
        Assert.Contains(await host.Services.GetRequiredService<AuditLog>().ListAsync(agency.Report()), a => a.Step == "decision-handed-over");
        await host.Mail.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("【已批准】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_desk_approval_is_followed_though_the_review_does_not_list_its_reviewer()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var instance = agency.Report().InstanceId;
        await host.WaitForProgressAsync(instance, p => p.Revision == 1);
        await MarkAsync(agency, ReportState.Approved);

        await host.Client.RaiseEventAsync(instance, ReviewOrchestration.EventName,
            new ReviewEvent(ReviewEventKind.Decision, 1, 0, ReviewVerdict.Approve, "added-since@example.test", "", "desk-approval", ApprovedAtDesk: true, Outcome: StageOutcome.Approved));

        var done = await host.WaitForCompletionAsync(instance);
        Assert.Equal(new ReviewOutcome(Approved: true, Revision: 1), done.ReadOutputAs<ReviewOutcome>());
    }

    [Fact]
    public async Task A_repeated_withdrawal_tells_a_review_the_first_one_did_not_reach()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var instance = agency.Report().InstanceId;
        await host.WaitForProgressAsync(instance, p => p.Revision == 1);
        await MarkAsync(agency, ReportState.Withdrawn);

        var repeated = await host.Services.GetRequiredService<SubmissionDesk>().WithdrawAsync(agency.Report(), host.Client, CancellationToken.None);

        Assert.Equal(202, repeated.StatusCode);
        var done = await host.WaitForCompletionAsync(instance);
        Assert.Equal(new ReviewOutcome(Approved: false, Revision: 1), done.ReadOutputAs<ReviewOutcome>());
    }

    private async Task MarkAsync(TestAgency agency, ReportState state)
    {
        var applied = await host.Services.GetRequiredService<SubmissionStore>().ApplyAsync(
            agency.Report(), state == ReportState.Withdrawn ? LifecycleEvent.Withdraw(1) : LifecycleEvent.Approve(1, 0));
        Assert.True(applied.Changes);
    }
}
