using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Lifecycle;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class ReviewOrchestrationTests(ReviewTestHost host)
{
    [Fact]
    public async Task Approval_of_the_only_stage_writes_the_approved_report_and_finishes()
    {
        var agency = await host.RegisterAgencyAsync();
        var submitted = await host.SubmitSeedAsync(agency);
        Assert.Equal(202, submitted.StatusCode);

        var token = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var page = await host.DecideAsync(token, "approve");
        Assert.Equal(200, page.Status);

        var done = await host.WaitForCompletionAsync(agency.Report().InstanceId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(new ReviewOutcome(Approved: true, Revision: 1), done.ReadOutputAs<ReviewOutcome>());

        var drafts = host.Services.GetRequiredService<DraftStore>();
        var approved = ApprovedReportDocument.Deserialize((await drafts.ReadApprovedAsync(agency.Report()))!);
        var canonical = await drafts.ReadReportAsync(agency.Report(), 1);
        Assert.Equal(ReportJson.Serialize(canonical), ReportJson.Serialize(approved.Report));
        Assert.Equal(1, approved.Approval.Revision);
        Assert.Equal(agency.Reviewer(1), Assert.Single(approved.Approval.Decisions).Reviewer);
        await host.Mail.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("【已批准】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_changes_then_a_revision_then_approval_approves_the_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var first = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);

        Assert.Equal(200, (await host.DecideAsync(first, "changes", "第五部分请补充具体问题。")).Status);
        var returned = await host.Mail.WaitForAsync(agency.Submitter, m => m.Subject.StartsWith("【退回修改】", StringComparison.Ordinal));
        Assert.Contains("第五部分请补充具体问题。", returned.Text, StringComparison.Ordinal);
        await host.WaitForProgressAsync(agency.Report().InstanceId, p => p.AwaitingRevision);

        Assert.Equal(202, (await host.SubmitRevisedSeedAsync(agency, "已补充：人员力量不足。")).StatusCode);
        var second = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 2);
        var request = host.Mail.To(agency.Reviewer(1)).Last(m => m.Subject.Contains("第2稿", StringComparison.Ordinal));
        Assert.Contains("与第1稿相比修改了 1 处", request.Text, StringComparison.Ordinal);

        await host.DecideAsync(second, "approve");
        var done = await host.WaitForCompletionAsync(agency.Report().InstanceId);
        Assert.Equal(new ReviewOutcome(Approved: true, Revision: 2), done.ReadOutputAs<ReviewOutcome>());
    }

    [Fact]
    public async Task A_revision_while_review_is_pending_supersedes_the_old_link()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var old = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);

        await host.SubmitRevisedSeedAsync(agency, "补充说明。");
        var current = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 2);

        var oldPage = await host.Desk.ShowAsync(old, CancellationToken.None);
        Assert.Equal(409, oldPage.Status);
        Assert.Contains("第2稿", oldPage.Html, StringComparison.Ordinal);
        Assert.Equal(409, (await host.DecideAsync(old, "approve")).Status);

        await host.DecideAsync(current, "approve");
        var done = await host.WaitForCompletionAsync(agency.Report().InstanceId);
        Assert.Equal(new ReviewOutcome(Approved: true, Revision: 2), done.ReadOutputAs<ReviewOutcome>());
    }

    [Fact]
    public async Task An_undecided_stage_is_reminded_and_then_escalated()
    {
        var agency = await host.RegisterAgencyAsync();
        await using var impatient = WorkflowServices.Create(host.Mail, s =>
        {
            s["Workflow:ReminderInterval"] = "00:00:02";
            s["Workflow:UrgentReminderInterval"] = "00:00:02";
            s["Workflow:EscalateAfter"] = "00:00:05";
        });
        await impatient.GetRequiredService<SubmissionDesk>().SubmitAsync(
            agency.Profile, 2023, System.Text.Encoding.UTF8.GetBytes(Seed.Text), "text/plain", correction: false, host.Client, CancellationToken.None);

        var escalation = await host.Mail.WaitForAsync(agency.Escalation, m => m.Subject.StartsWith("【督办】", StringComparison.Ordinal));
        Assert.Contains(agency.Reviewer(1), escalation.Text, StringComparison.Ordinal);
        var all = host.Mail.Sent.ToList();
        var reminder = all.FindIndex(m => m.To.Contains(agency.Reviewer(1)) && m.Subject.StartsWith("【提醒】", StringComparison.Ordinal));
        Assert.InRange(reminder, 0, all.IndexOf(escalation) - 1);

        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Withdrawal_ends_the_review_and_the_link_answers_gone()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);

        var withdrawn = await host.Services.GetRequiredService<SubmissionDesk>().WithdrawAsync(agency.Report(), host.Client, CancellationToken.None);
        Assert.Equal(202, withdrawn.StatusCode);

        var done = await host.WaitForCompletionAsync(agency.Report().InstanceId);
        Assert.Equal(new ReviewOutcome(Approved: false, Revision: 1), done.ReadOutputAs<ReviewOutcome>());
        await host.Mail.WaitForAsync(agency.Reviewer(1), m => m.Subject.StartsWith("【已撤回】", StringComparison.Ordinal));
        Assert.Equal(410, (await host.Desk.ShowAsync(token, CancellationToken.None)).Status);
        Assert.Null(await host.Services.GetRequiredService<DraftStore>().ReadApprovedAsync(agency.Report()));
    }

    [Fact]
    public async Task Two_stages_need_an_approval_in_each_stage()
    {
        var agency = await host.RegisterAgencyAsync(stages: 2);
        await host.SubmitSeedAsync(agency);
        var first = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        Assert.Empty(host.Mail.To(agency.Reviewer(2)));

        await host.DecideAsync(first, "approve");
        var second = await host.ReviewTokenAsync(agency.Reviewer(2), revision: 1);
        var progress = await host.WaitForProgressAsync(agency.Report().InstanceId, p => p.Stage == 1);
        Assert.Equal(OrchestrationRuntimeStatus.Running, progress.RuntimeStatus);

        await host.DecideAsync(second, "approve");
        var done = await host.WaitForCompletionAsync(agency.Report().InstanceId);
        Assert.Equal(new ReviewOutcome(Approved: true, Revision: 1), done.ReadOutputAs<ReviewOutcome>());
        var approved = ApprovedReportDocument.Deserialize((await host.Services.GetRequiredService<DraftStore>().ReadApprovedAsync(agency.Report()))!);
        Assert.Equal([1, 2], approved.Approval.Decisions.Select(d => d.Stage));
    }

    [Fact]
    public async Task Stale_duplicate_and_foreign_decisions_are_ignored()
    {
        var agency = await host.RegisterAgencyAsync(stages: 2);
        await host.SubmitSeedAsync(agency);
        await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);
        var instance = agency.Report().InstanceId;

        var approve = new ReviewEvent(ReviewEventKind.Decision, 1, 0, ReviewVerdict.Approve, agency.Reviewer(1), "", "decision-1", Outcome: StageOutcome.Passed);
        await host.Client.RaiseEventAsync(instance, ReviewOrchestration.EventName, approve with { Revision = 7, DecisionId = "stale" });
        await host.Client.RaiseEventAsync(instance, ReviewOrchestration.EventName, approve with { Reviewer = "intruder@example.test", DecisionId = "foreign" });
        // The desk applies a decisive outcome to the report's state before it raises it.
        await host.Services.GetRequiredService<SubmissionStore>().ApplyAsync(agency.Report(), LifecycleEvent.PassStage(1, 0));
        await host.Client.RaiseEventAsync(instance, ReviewOrchestration.EventName, approve);
        await host.Client.RaiseEventAsync(instance, ReviewOrchestration.EventName, approve with { Stage = 1 });

        var progress = (await host.WaitForProgressAsync(instance, p => p.IgnoredEvents == 3)).ReadCustomStatusAs<ReviewProgress>()!;
        Assert.Equal(1, progress.Stage);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(instance))!.RuntimeStatus);

        var second = await host.ReviewTokenAsync(agency.Reviewer(2), revision: 1);
        await host.DecideAsync(second, "approve");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitForCompletionAsync(instance)).RuntimeStatus);
    }

    [Fact]
    public async Task A_replayed_decision_answers_who_decided_and_changes_nothing()
    {
        var agency = await host.RegisterAgencyAsync(stages: 2);
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), revision: 1);

        await host.DecideAsync(token, "approve");
        var replay = await host.DecideAsync(token, "changes", "再退回一次");
        var revisit = await host.Desk.ShowAsync(token, CancellationToken.None);

        Assert.Equal(200, replay.Status);
        Assert.Contains($"已由 {agency.Reviewer(1)} 于", replay.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", revisit.Html, StringComparison.Ordinal);
        var decisions = await host.Services.GetRequiredService<DecisionStore>().ListAsync(agency.Report());
        Assert.Equal("approve", Assert.Single(decisions).Decision);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }
}
