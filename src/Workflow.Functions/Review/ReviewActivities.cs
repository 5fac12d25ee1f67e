using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.Faults;
using Workflow.Functions.History;
using Workflow.Functions.Notifications;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Review;

/// <summary>
/// The activities of <see cref="ReviewOrchestration"/>: all its I/O (mail, tables, blobs). Each writes its step
/// to the audit table and changes the report's state only while its revision is still the latest, so that a
/// superseded revision's late step cannot overwrite the newer one. Activities run at least once (a retry, a
/// host that died before reporting back), so every mail goes through <see cref="ReviewMailDelivery"/>, which
/// sends each logical mail once.
/// </summary>
public sealed class ReviewActivities(
    AgencyStore agencies,
    SubmissionStore submissions,
    DecisionStore decisions,
    DraftStore drafts,
    ReportApproval approval,
    PreviousReports previousReports,
    AuditLog audit,
    ReviewLinkSigner signer,
    ReviewEmails emails,
    ReviewMailDelivery delivery,
    IFaultPoint faults,
    TimeProvider clock)
{
    [Function(ReviewActivityNames.SendStageNotice)]
    public async Task<StageAssignment> SendStageNotice([ActivityTrigger] StageNotice notice)
    {
        var key = new ReportKey(notice.AgencyId, notice.Year);
        var agency = await RequireAgencyAsync(key);
        var stageCount = agency.ReviewStages.Count;
        var reviewers = notice.Stage < stageCount ? agency.ReviewStages[notice.Stage] : agency.ReviewStages[^1];
        var assignment = new StageAssignment(stageCount, reviewers);
        if (notice.Kind == NoticeKind.Reminder && await decisions.GetAsync(key, notice.Revision, notice.Stage) is { } recorded)
        {
            var head = await submissions.GetReportAsync(key);
            var approvedAtDesk = recorded.Decision == "approve" && head is { ReportState: ReportState.Approved } && head.LatestRevision == notice.Revision;
            await audit.WriteAsync(key, "decision-handed-over", notice.Revision, notice.Stage, recorded.Reviewer, "found by the reminder; not mailed again");
            return assignment with { Recorded = ReviewEvent.Decided(recorded, approvedAtDesk) };
        }

        var isLatest = await submissions.UpdateIfLatestAsync(key, notice.Revision, head =>
        {
            if (head.ReportState != ReportState.Reviewing)
            {
                return false;
            }

            head.Stage = notice.Stage;
            head.StageCount = stageCount;
            return true;
        });
        if (!isLatest)
        {
            await audit.WriteAsync(key, "notice-skipped", notice.Revision, notice.Stage, "", $"{notice.Kind} not sent: revision superseded or no longer in review");
            return assignment;
        }

        await MailReviewersAsync(agency, key, notice.Revision, notice.Stage, reviewers, reviewers,
            new ReviewMail(notice.Revision, notice.Stage, notice.Kind == NoticeKind.Request ? "request" : "reminder", notice.Round),
            reminder: notice.Kind == NoticeKind.Reminder);

        faults.Reached(FaultPoints.ReviewPending);

        var step = notice.Kind == NoticeKind.Request ? "review-requested" : "reminder-sent";
        await audit.WriteAsync(key, step, notice.Revision, notice.Stage, "", $"to {string.Join(", ", reviewers)} (round {notice.Round})");
        return assignment;
    }

    /// <summary>
    /// The agency's stages changed while this stage was open: the reviewers added get the review request with
    /// their own link (once each), the head row learns the new number of stages, and the orchestration gets the
    /// new list of who may decide. Removed reviewers need nothing: the desk refuses their links.
    /// </summary>
    [Function(ReviewActivityNames.TellAddedReviewers)]
    public async Task<StageAssignment> TellAddedReviewers([ActivityTrigger] ReviewerChange change)
    {
        var key = new ReportKey(change.AgencyId, change.Year);
        var agency = await RequireAgencyAsync(key);
        var stageCount = agency.ReviewStages.Count;
        var reviewers = change.Stage < stageCount ? agency.ReviewStages[change.Stage] : agency.ReviewStages[^1];
        var assignment = new StageAssignment(stageCount, reviewers);
        var isLatest = await submissions.UpdateIfLatestAsync(key, change.Revision, head =>
        {
            if (head.ReportState != ReportState.Reviewing || head.Stage != change.Stage)
            {
                return false;
            }

            head.StageCount = stageCount;
            return true;
        });
        var added = change.Added.Where(a => reviewers.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
        if (!isLatest || added.Count == 0)
        {
            await audit.WriteAsync(key, "stage-retold", change.Revision, change.Stage, "", $"reviewers now {string.Join(", ", reviewers)}; nobody to mail");
            return assignment;
        }

        await MailReviewersAsync(agency, key, change.Revision, change.Stage, added, reviewers,
            new ReviewMail(change.Revision, change.Stage, "request-added"), reminder: false);
        await audit.WriteAsync(key, "review-requested", change.Revision, change.Stage, "", $"to {string.Join(", ", added)} (added to the stage during review)");
        return assignment;
    }

    /// <summary>The review request (or reminder) with a personal link, to each of <paramref name="to"/>.</summary>
    private async Task MailReviewersAsync(AgencyProfile agency, ReportKey key, int revisionNumber, int stage, IReadOnlyList<string> to, IReadOnlyList<string> reviewers, ReviewMail mail, bool reminder)
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
        var context = Context(agency, key, revisionNumber, stage);
        foreach (var reviewer in to)
        {
            var grant = signer.NewGrant(key.InstanceId, revisionNumber, stage, reviewer, revision.ContentSha256);
            var link = emails.ReviewLink(signer.Sign(grant));
            await delivery.DeliverAsync(key, mail, emails.ReviewRequest(context, reviewer, reviewers, link, reminder, findings, changes, lastYear, revision.AcknowledgedRules(), inferred), agency.Escalation);
        }
    }

    [Function(ReviewActivityNames.NotifyEscalation)]
    public async Task<bool> NotifyEscalation([ActivityTrigger] StageNotice notice)
    {
        var key = new ReportKey(notice.AgencyId, notice.Year);
        var agency = await RequireAgencyAsync(key);
        var reviewers = agency.ReviewStages[Math.Min(notice.Stage, agency.ReviewStages.Count - 1)];
        var contacts = agency.Escalation.Count > 0 ? agency.Escalation : agency.Submitters;
        var head = await submissions.GetReportAsync(key);
        var pendingSince = head?.UpdatedAt ?? clock.GetUtcNow();
        await delivery.DeliverAsync(key, new ReviewMail(notice.Revision, notice.Stage, "escalation", notice.Round),
            emails.Escalation(Context(agency, key, notice.Revision, notice.Stage), contacts, reviewers, pendingSince), agency.Escalation);
        await audit.WriteAsync(key, "escalated", notice.Revision, notice.Stage, "", $"to {string.Join(", ", contacts)}");
        return true;
    }

    [Function(ReviewActivityNames.NotifyChangesRequested)]
    public async Task<bool> NotifyChangesRequested([ActivityTrigger] DecisionNotice notice)
    {
        var key = new ReportKey(notice.AgencyId, notice.Year);
        var agency = await RequireAgencyAsync(key);
        await submissions.UpdateIfLatestAsync(key, notice.Revision, head =>
        {
            // A withdrawal that came first stays.
            if (head.ReportState != ReportState.Reviewing)
            {
                return false;
            }

            head.ReportState = ReportState.ChangesRequested;
            return true;
        });
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
        if (!await MarkApprovedAsync(key, approved.Revision))
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
        var reviewers = agency.ReviewStages[Math.Min(withdrawn.Stage, agency.ReviewStages.Count - 1)];
        await delivery.DeliverAsync(key, new ReviewMail(withdrawn.Revision, withdrawn.Stage, "withdrawn"),
            emails.Withdrawn(Context(agency, key, withdrawn.Revision, withdrawn.Stage), reviewers), agency.Escalation);
        await audit.WriteAsync(key, "review-closed", withdrawn.Revision, withdrawn.Stage, "", "withdrawn by the bureau");
        return true;
    }

    [Function(ReviewActivityNames.RecordReviewStep)]
    public async Task<bool> RecordReviewStep([ActivityTrigger] ReviewStep step)
    {
        await audit.WriteAsync(new ReportKey(step.AgencyId, step.Year), step.Step, step.Revision, step.Stage, step.Actor, step.Detail);
        return true;
    }

    /// <summary>
    /// True when <paramref name="revision"/> is the approved one: approved before (by the desk) or now, under the
    /// head row's ETag, from 审核中 only, so that a withdrawal or a newer revision that came first wins.
    /// </summary>
    private async Task<bool> MarkApprovedAsync(ReportKey key, int revision)
    {
        static bool IsApproved(ReportEntity? head, int revision) => head is { ReportState: ReportState.Approved } && head.LatestRevision == revision;

        var head = await submissions.GetReportAsync(key);
        if (IsApproved(head, revision))
        {
            return true;
        }

        if (head is not { ReportState: ReportState.Reviewing } || head.LatestRevision != revision)
        {
            return false;
        }

        var markedNow = await submissions.UpdateIfLatestAsync(key, revision, h =>
        {
            if (h.ReportState != ReportState.Reviewing)
            {
                return false;
            }

            h.ReportState = ReportState.Approved;
            return true;
        });
        return markedNow || IsApproved(await submissions.GetReportAsync(key), revision);
    }

    private async Task<AgencyProfile> RequireAgencyAsync(ReportKey key) =>
        await agencies.GetAsync(key.AgencyId) ?? throw new InvalidOperationException($"Agency {key.AgencyId} is not registered.");

    private static ReviewMailContext Context(AgencyProfile agency, ReportKey key, int revision, int stage) =>
        new(agency, key.Year, revision, stage, agency.ReviewStages.Count, ReportDeadline.Of(agency.Kind, key.Year));
}
