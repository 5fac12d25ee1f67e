using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.Faults;
using Workflow.Functions.History;
using Workflow.Functions.Lifecycle;
using Workflow.Functions.Notifications;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Review;

/// <summary>
/// The activities of <see cref="ReviewOrchestration"/> (and of <see cref="ReviewOrchestrationV1"/>, whose calls they
/// keep answering): all its I/O (mail, tables, blobs). Each writes its step to the audit table; the report's state
/// changes only through the lifecycle (<see cref="SubmissionStore.ApplyAsync"/>), which refuses a superseded
/// revision's late step. Activities run at least once (a retry, a
/// host that died before reporting back), so every mail goes through <see cref="ReviewMailDelivery"/>, which
/// sends each logical mail once.
/// </summary>
public sealed class ReviewActivities(
    AgencyStore agencies,
    SubmissionStore submissions,
    DraftStore drafts,
    StageSettlement settlement,
    ReportApproval approval,
    PreviousReports previousReports,
    AuditLog audit,
    ReviewLinkSigner signer,
    ReviewEmails emails,
    ReviewMailDelivery delivery,
    IFaultPoint faults,
    TimeProvider clock)
{
    /// <summary>
    /// Mails a stage's request, or its reminder to the reviewers still due. A reminder first settles the stage: an
    /// outcome the desk recorded but could not raise (its host died in between) is handed over instead of mailing.
    /// </summary>
    [Function(ReviewActivityNames.SendStageNotice)]
    public async Task<StageAssignment> SendStageNotice([ActivityTrigger] StageNotice notice)
    {
        var key = new ReportKey(notice.AgencyId, notice.Year);
        var agency = await RequireAgencyAsync(key);
        var stage = StageOf(agency, notice.Stage);
        var assignment = new StageAssignment(agency.ReviewStages.Count, stage.Reviewers);
        var settled = await settlement.SettleAsync(key, agency, notice.Revision, notice.Stage);
        if (notice.Kind == NoticeKind.Reminder && settled.Holds)
        {
            var deciding = settled.Deciding[^1];
            await audit.WriteAsync(key, "decision-handed-over", notice.Revision, notice.Stage, deciding.Reviewer, $"{settled.Verdict.Outcome} found by the reminder; not mailed again");
            return assignment with { Recorded = settled.Event };
        }

        var head = await submissions.GetReportAsync(key);
        if (head is null || head.LatestRevision != notice.Revision || head.ReportState != ReportState.Reviewing || head.Stage != notice.Stage)
        {
            await audit.WriteAsync(key, "notice-skipped", notice.Revision, notice.Stage, "", $"{notice.Kind} not sent: revision superseded or no longer in review");
            return assignment;
        }

        var progress = StageProgress.Of(stage, settled.Verdict);
        var to = notice.Kind == NoticeKind.Request ? stage.Reviewers : [.. stage.Reviewers.Where(r => !settled.Verdict.Decided.Any(g => string.Equals(g.Reviewer, r, StringComparison.OrdinalIgnoreCase)))];
        await MailReviewersAsync(agency, key, notice.Revision, notice.Stage, to, stage,
            new ReviewMail(notice.Revision, notice.Stage, notice.Kind == NoticeKind.Request ? "request" : "reminder", notice.Round),
            reminder: notice.Kind == NoticeKind.Reminder, progress);

        faults.Reached(FaultPoints.ReviewPending);

        var step = notice.Kind == NoticeKind.Request ? "review-requested" : "reminder-sent";
        await audit.WriteAsync(key, step, notice.Revision, notice.Stage, "", $"to {string.Join(", ", to)} (round {notice.Round})");
        return assignment;
    }

    /// <summary>
    /// The agency's stages changed while this stage was open: the reviewers added get the review request with
    /// their own link (once each), and the orchestration gets the new list of who may decide. Removed reviewers
    /// need nothing: the desk refuses their links.
    /// </summary>
    [Function(ReviewActivityNames.TellAddedReviewers)]
    public async Task<StageAssignment> TellAddedReviewers([ActivityTrigger] ReviewerChange change)
    {
        var key = new ReportKey(change.AgencyId, change.Year);
        var agency = await RequireAgencyAsync(key);
        var stage = StageOf(agency, change.Stage);
        var assignment = new StageAssignment(agency.ReviewStages.Count, stage.Reviewers);
        var head = await submissions.GetReportAsync(key);
        var isOpen = head is { ReportState: ReportState.Reviewing } && head.LatestRevision == change.Revision && head.Stage == change.Stage;
        var added = change.Added.Where(stage.IsReviewer).ToList();
        if (!isOpen || added.Count == 0)
        {
            await audit.WriteAsync(key, "stage-retold", change.Revision, change.Stage, "", $"reviewers now {string.Join(", ", stage.Reviewers)}; nobody to mail");
            return assignment;
        }

        var settled = await settlement.SettleAsync(key, agency, change.Revision, change.Stage);
        await MailReviewersAsync(agency, key, change.Revision, change.Stage, added, stage,
            new ReviewMail(change.Revision, change.Stage, "request-added"), reminder: false, StageProgress.Of(stage, settled.Verdict), copy: false);
        await audit.WriteAsync(key, "review-requested", change.Revision, change.Stage, "", $"to {string.Join(", ", added)} (added to the stage during review)");
        return assignment;
    }

    /// <summary>
    /// The review request (or reminder) with a personal link, to each of <paramref name="to"/>; a request also goes,
    /// without a link, to the stage's copies (抄送).
    /// </summary>
    private async Task MailReviewersAsync(
        AgencyProfile agency, ReportKey key, int revisionNumber, int stageIndex, IReadOnlyList<string> to, ReviewStage stage, ReviewMail mail, bool reminder,
        StageProgress progress, bool copy = true)
    {
        var revision = await submissions.GetRevisionAsync(key, revisionNumber)
            ?? throw new InvalidOperationException($"Revision {revisionNumber} of {key} is not stored.");
        var findings = await drafts.ReadFindingsAsync(key, revisionNumber);
        var inferred = await drafts.ReadInferredAsync(key, revisionNumber);
        var changes = !reminder && revisionNumber > 1 && await submissions.GetRevisionAsync(key, revisionNumber - 1) is not null
            ? ReportDiff.Compare(await drafts.ReadReportAsync(key, revisionNumber - 1), await drafts.ReadReportAsync(key, revisionNumber))
            : null;
        var lastYear = revision.PreviousReport is { } source && await previousReports.ReadAsync(source) is { } previous
            ? YearComparison.Of(await drafts.ReadReportAsync(key, revisionNumber), previous)
            : null;
        var context = Context(agency, key, revisionNumber, stageIndex);
        foreach (var reviewer in to)
        {
            var grant = signer.NewGrant(key.InstanceId, revisionNumber, stageIndex, reviewer, revision.ContentSha256);
            var link = emails.ReviewLink(signer.Sign(grant));
            await delivery.DeliverAsync(key, mail,
                emails.ReviewRequest(context, reviewer, stage.Reviewers, link, reminder, findings, changes, lastYear, revision.AcknowledgedRules(), inferred, progress), agency.Escalation);
        }

        if (copy && !reminder && stage.Cc.Count > 0)
        {
            await delivery.DeliverAsync(key, mail with { Event = $"{mail.Event}-cc" },
                emails.ReviewCopy(context, stage.Cc, stage.Reviewers, findings, changes, lastYear, revision.AcknowledgedRules(), inferred, progress), agency.Escalation);
        }
    }

    [Function(ReviewActivityNames.NotifyEscalation)]
    public async Task<bool> NotifyEscalation([ActivityTrigger] StageNotice notice)
    {
        var key = new ReportKey(notice.AgencyId, notice.Year);
        var agency = await RequireAgencyAsync(key);
        var stage = StageOf(agency, notice.Stage);
        var contacts = (agency.Escalation.Count > 0 ? agency.Escalation : agency.Submitters).Concat(stage.Cc).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var head = await submissions.GetReportAsync(key);
        var pendingSince = head?.UpdatedAt ?? clock.GetUtcNow();
        await delivery.DeliverAsync(key, new ReviewMail(notice.Revision, notice.Stage, "escalation", notice.Round),
            emails.Escalation(Context(agency, key, notice.Revision, notice.Stage), contacts, stage.Reviewers, pendingSince), agency.Escalation);
        await audit.WriteAsync(key, "escalated", notice.Revision, notice.Stage, "", $"to {string.Join(", ", contacts)}");
        return true;
    }

    [Function(ReviewActivityNames.NotifyChangesRequested)]
    public async Task<bool> NotifyChangesRequested([ActivityTrigger] DecisionNotice notice)
    {
        var key = new ReportKey(notice.AgencyId, notice.Year);
        var agency = await RequireAgencyAsync(key);
        // The desk has returned the draft already; a withdrawal or a newer revision that came first stays.
        await submissions.ApplyAsync(key, LifecycleEvent.ReturnForChanges(notice.Revision, notice.Stage));
        await delivery.DeliverAsync(key, new ReviewMail(notice.Revision, notice.Stage, "changes"),
            emails.ChangesRequested(Context(agency, key, notice.Revision, notice.Stage), notice.Reviewer, notice.Comment), agency.Escalation);
        await audit.WriteAsync(key, "changes-requested", notice.Revision, notice.Stage, notice.Reviewer, notice.Comment);
        return true;
    }

    [Function(ReviewActivityNames.RemindSubmitters)]
    public async Task<bool> RemindSubmitters([ActivityTrigger] StageNotice notice)
    {
        var key = new ReportKey(notice.AgencyId, notice.Year);
        var agency = await RequireAgencyAsync(key);
        await delivery.DeliverAsync(key, new ReviewMail(notice.Revision, notice.Stage, "submitter-reminder", notice.Round),
            emails.SubmitterReminder(Context(agency, key, notice.Revision, notice.Stage)), agency.Escalation);
        await audit.WriteAsync(key, "submitter-reminded", notice.Revision, notice.Stage, "", $"round {notice.Round}");
        return true;
    }

    /// <summary>
    /// Approves the revision in the report's head row (the review desk has usually done so, and written the
    /// approved blob, at the reviewer's click), makes sure approved/{year}/{agencyId}.json holds it, records the
    /// approval and tells the bureau. False, and nothing written, when a newer revision or a withdrawal got to the
    /// head row first.
    /// </summary>
    [Function(ReviewActivityNames.ApproveReport)]
    public async Task<bool> ApproveReport([ActivityTrigger] RevisionRef approved)
    {
        var key = new ReportKey(approved.AgencyId, approved.Year);
        var agency = await RequireAgencyAsync(key);
        var revision = await submissions.GetRevisionAsync(key, approved.Revision)
            ?? throw new InvalidOperationException($"Revision {approved.Revision} of {key} is not stored.");
        // The desk has approved it already (a repeat); a withdrawal or a newer revision that came first refuses it.
        if (!(await submissions.ApplyAsync(key, LifecycleEvent.Approve(approved.Revision, approved.Stage))).Holds)
        {
            // A correction submitted after the desk approved does not undo that approval; it is reviewed next.
            var step = await approval.HoldsAsync(key, revision) ? "approved" : "approval-skipped";
            await audit.WriteAsync(key, step, approved.Revision, approved.Stage, "", "a newer revision or a withdrawal came first; the review goes on with it");
            return false;
        }

        // The desk has usually written it: check before reading what writing it would need.
        if (!await approval.HoldsAsync(key, revision))
        {
            await approval.WriteAsync(key, revision, approved.Stage);
        }

        await audit.WriteAsync(key, "approved", approved.Revision, approved.Stage, "", $"approved/{key.ApprovedBlob}");
        await delivery.DeliverAsync(key, new ReviewMail(approved.Revision, approved.Stage, "approved"),
            emails.Approved(Context(agency, key, approved.Revision, approved.Stage)), agency.Escalation);
        return true;
    }

    [Function(ReviewActivityNames.CloseWithdrawn)]
    public async Task<bool> CloseWithdrawn([ActivityTrigger] RevisionRef withdrawn)
    {
        var key = new ReportKey(withdrawn.AgencyId, withdrawn.Year);
        var agency = await RequireAgencyAsync(key);
        var stage = StageOf(agency, withdrawn.Stage);
        await delivery.DeliverAsync(key, new ReviewMail(withdrawn.Revision, withdrawn.Stage, "withdrawn"),
            emails.Withdrawn(Context(agency, key, withdrawn.Revision, withdrawn.Stage), [.. stage.Reviewers.Concat(stage.Cc).Distinct(StringComparer.OrdinalIgnoreCase)]), agency.Escalation);
        await audit.WriteAsync(key, "review-closed", withdrawn.Revision, withdrawn.Stage, "", "withdrawn by the bureau");
        return true;
    }

    [Function(ReviewActivityNames.RecordReviewStep)]
    public async Task<bool> RecordReviewStep([ActivityTrigger] ReviewStep step)
    {
        await audit.WriteAsync(new ReportKey(step.AgencyId, step.Year), step.Step, step.Revision, step.Stage, step.Actor, step.Detail);
        return true;
    }

    private async Task<AgencyProfile> RequireAgencyAsync(ReportKey key) =>
        await agencies.GetAsync(key.AgencyId) ?? throw new InvalidOperationException($"Agency {key.AgencyId} is not registered.");

    /// <summary>Stage <paramref name="index"/> of the current registration; the last one when stages were removed since.</summary>
    private static ReviewStage StageOf(AgencyProfile agency, int index) => agency.Stages[Math.Min(index, agency.Stages.Count - 1)];

    private static ReviewMailContext Context(AgencyProfile agency, ReportKey key, int revision, int stage) =>
        new(agency, key.Year, revision, stage, agency.ReviewStages.Count, ReportDeadline.Of(agency.Kind, key.Year));
}
