using System.Text.Json.Nodes;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Faults;

/// <summary>
/// The mail service misbehaving: busy (429) and failing (500) answers are retried until each mail is accepted
/// once; a refusal (400) is recorded, alerted once and does not hold the review up.
/// </summary>
public sealed class MailServiceFaultTests(MailServiceHost host) : IClassFixture<MailServiceHost>
{
    const string ReviewRequest = "【待审核】";
    const string Approved = "【已批准】";
    const string Confirmation = "您批准的报告已发布";

    [Fact]
    public async Task Busy_and_failing_answers_are_retried_until_each_mail_is_accepted_exactly_once()
    {
        var (agency, second) = await host.RegisterTwoReviewerAgencyAsync("busy", "fuhe");
        // The stage notice fails twice on the second reviewer, after the first was served; the approval notice
        // and the publication's confirmation fail once each.
        host.SendGrid.AnswerFirst(second, 429, 500);
        host.SendGrid.AnswerFirst(agency.Submitter, 500);
        host.SendGrid.AnswerFirst(agency.Reviewer, 202, 429);

        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        await host.WithOutputAsync(() => host.SendGrid.WaitForAsync(second, ReviewLinks.Contains));
        await FinalState.ApproveAsync(host.Api, link);
        await FinalState.AssertPublishedOnceAsync(host, agency);

        Assert.Equal(3, Attempts(second, ReviewRequest));
        Assert.Equal(1, Accepted(second, ReviewRequest));
        Assert.Equal(1, Attempts(agency.Reviewer, ReviewRequest));
        Assert.Equal(1, Accepted(agency.Reviewer, ReviewRequest));
        Assert.Equal(2, Attempts(agency.Reviewer, Confirmation));
        Assert.Equal(1, Accepted(agency.Reviewer, Confirmation));
        Assert.Equal(3, host.SendGrid.Attempts.Count(m => m.IsFor(agency.Submitter)));
        Assert.Equal(1, Accepted(agency.Submitter, Approved));
    }

    [Fact]
    public async Task A_refused_mail_is_recorded_in_audit_and_status_alerted_once_and_the_review_goes_on()
    {
        var (agency, bounce) = await host.RegisterTwoReviewerAgencyAsync("refused", "bounce");
        var escalation = $"zhuren@{agency.Id}.example";
        host.SendGrid.AnswerAlways(bounce, 400);

        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        var alert = await host.WithOutputAsync(() => host.SendGrid.WaitForAsync(escalation, m => m.Subject.StartsWith("邮件发送失败", StringComparison.Ordinal)));
        var pending = await host.Api.StatusAsync(agency);

        Assert.Contains(bounce, alert.PlainText, StringComparison.Ordinal);
        Assert.Equal("审核中", (string?)pending["state"]);
        var failure = Assert.Single(pending["emailFailures"]!.AsArray())!;
        Assert.Equal(bounce, (string?)failure["recipients"]);
        Assert.Equal(1, (int)failure["revision"]!);
        Assert.Contains("400", (string?)failure["detail"], StringComparison.Ordinal);
        Assert.Contains("email-failed", await FinalState.AuditStepsAsync(host, agency));

        await FinalState.ApproveAsync(host.Api, link);
        await FinalState.AssertPublishedOnceAsync(host, agency);
        Assert.Single(host.SendGrid.Attempts, m => m.IsFor(bounce));
        Assert.Single(host.SendGrid.Sent, m => m.IsFor(escalation));
        Assert.Single((await host.Api.StatusAsync(agency))["emailFailures"]!.AsArray());
    }

    [Fact]
    public async Task Refused_mails_to_the_bureau_are_recorded_for_approval_and_publication_and_publication_completes()
    {
        var (agency, _) = await host.RegisterTwoReviewerAgencyAsync("refused-bureau", "fuhe");
        var escalation = $"zhuren@{agency.Id}.example";
        host.SendGrid.AnswerAlways(agency.Submitter, 400);

        var link = await ReviewFlow.SubmitAndGetLinkAsync(host.Api, host.SendGrid, agency);
        await FinalState.ApproveAsync(host.Api, link);
        await host.WithOutputAsync(() => host.SendGrid.WaitForAsync(agency.Reviewer, m => m.Subject.StartsWith(Confirmation, StringComparison.Ordinal)));
        var status = await host.WithOutputAsync(() => Polling.UntilAsync(
            () => host.Api.StatusAsync(agency), s => s["emailFailures"]!.AsArray().Count == 2 && (string?)s["state"] == FinalState.Published));

        Assert.All(status["emailFailures"]!.AsArray(), f => Assert.Equal(agency.Submitter, (string?)f!["recipients"]));
        Assert.Equal(1, await FinalState.IndexEntriesAsync(host, agency));
        await host.WithOutputAsync(() => Polling.UntilAsync(() => Task.FromResult(host.SendGrid.Sent.Count(m => m.IsFor(escalation))), n => n >= 2));
        Assert.Equal(2, host.SendGrid.Attempts.Count(m => m.IsFor(agency.Submitter)));
        FinalState.AssertEachMailOnce(host.SendGrid, agency, ["邮件发送失败：【已批准】", "邮件发送失败：已发布"]);
    }

    int Attempts(string to, string subjectStart) =>
        host.SendGrid.Attempts.Count(m => m.IsFor(to) && m.Subject.StartsWith(subjectStart, StringComparison.Ordinal));

    int Accepted(string to, string subjectStart) =>
        host.SendGrid.Sent.Count(m => m.IsFor(to) && m.Subject.StartsWith(subjectStart, StringComparison.Ordinal));
}
