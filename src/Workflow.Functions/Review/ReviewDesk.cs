using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Functions.Agencies;
using Workflow.Functions.Faults;
using Workflow.Functions.History;
using Workflow.Functions.Lifecycle;
using Workflow.Functions.Regions;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Reports.Model;
using Workflow.Reports.Region;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Review;

/// <summary>
/// What happens behind a review link. Showing the page never changes anything (mail scanners fetch links);
/// a decision is recorded once per revision, stage and reviewer, by inserting its row first. The stage is then
/// settled here and now (<see cref="StageSettlement"/>): the review policy weighs the stage's decisions by its
/// rule, and a decisive outcome (stage passed, report approved, draft returned) is applied to the report's state
/// under the head row's ETag, so that a withdrawal, a new revision or another reviewer's decision at the same
/// moment either comes first and refuses this one, or comes after and finds it. Only then is the outcome raised
/// to the orchestration, which follows with the mails; the approved blob is written at once, which publishes
/// the report. <see cref="DecideAsync"/> is the one entry point for a decision (page, inbox, bulk approval).
/// </summary>
public sealed class ReviewDesk(
    ReviewLinkSigner signer,
    AgencyStore agencies,
    SubmissionStore submissions,
    DecisionStore decisions,
    DraftStore drafts,
    StageSettlement settlement,
    ReportApproval approval,
    PreviousReports previousReports,
    AuditLog audit,
    IFaultPoint faults,
    IOptions<WorkflowOptions> options,
    TimeProvider clock,
    ILogger<ReviewDesk> logger,
    RegionCheck regionCheck)
{
    /// <summary>The audit step of an approval the policy refused (a submitter listed as reviewer).</summary>
    public const string RefusedStep = "approval-refused";

    public const int MaxCommentLength = 2000;

    public async Task<ReviewPageResult> ShowAsync(string token, CancellationToken cancellationToken)
    {
        var (refusal, context) = await OpenAsync(token, cancellationToken);
        return refusal ?? await FormAsync(context!, token, comment: "", error: null, 200, cancellationToken);
    }

    public async Task<ReviewPageResult> DecideAsync(string token, ReviewForm form, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (refusal, context) = await OpenAsync(token, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var link = context!;
        if (!signer.IsFormToken(token, form.FormToken))
        {
            return Page(403, "请通过审核页面提交", "请打开邮件中的链接，在审核页面上点击“批准”或“退回修改”。");
        }

        var comment = (form.Comment ?? "").Trim();
        ReviewVerdict? verdict = form.Decision switch
        {
            "approve" => ReviewVerdict.Approve,
            "changes" => ReviewVerdict.RequestChanges,
            _ => null,
        };
        if (verdict is null)
        {
            return await FormAsync(link, token, comment, "请选择“批准”或“退回修改”。", 400, cancellationToken);
        }

        if (comment.Length > MaxCommentLength)
        {
            return await FormAsync(link, token, comment[..MaxCommentLength], $"意见不能超过{MaxCommentLength}字。", 400, cancellationToken);
        }

        if (verdict == ReviewVerdict.RequestChanges && comment.Length == 0)
        {
            return await FormAsync(link, token, comment, "退回修改须填写意见，说明需要修改的内容。", 400, cancellationToken);
        }

        var grant = link.Grant;
        if (ReviewPolicy.Refusal(link.Agency.Stages, grant.Stage, link.Agency.Submitters, grant.Reviewer, verdict.Value, link.Standing) is { } refused)
        {
            await audit.WriteAsync(link.Key, RefusedStep, grant.Revision, grant.Stage, grant.Reviewer, refused.Title, cancellationToken);
            return Page(refused.Status, refused.Title, refused.Detail);
        }

        // Checked before anything is recorded: a decision for a review that is not running would never take effect.
        if (!await IsRunningAsync(client, link.Key, cancellationToken))
        {
            return Page(503, "暂时无法记录决定", "审核流程暂时无法接收您的决定，您的决定未被记录。请稍后再次打开邮件中的链接重试。");
        }

        var decision = new DecisionEntity
        {
            Revision = grant.Revision,
            Stage = grant.Stage,
            Reviewer = grant.Reviewer,
            Decision = verdict == ReviewVerdict.Approve ? "approve" : "changes",
            Comment = comment,
            DecidedAt = clock.GetUtcNow(),
            DecisionId = grant.Nonce,
        };
        if (!await decisions.TryRecordAsync(link.Key, decision, cancellationToken))
        {
            var stageRows = await decisions.ListStageAsync(link.Key, grant.Revision, grant.Stage, cancellationToken);
            return AlreadyDecided(stageRows.First(r => SameAddress(r.Reviewer, grant.Reviewer)), publicUrl: null);
        }

        var settled = await settlement.SettleAsync(link.Key, link.Agency, grant.Revision, grant.Stage, cancellationToken);
        if (settled.Verdict.IsDecisive && !settled.IsDecidedBy(grant.Reviewer))
        {
            // Another reviewer's decision, a moment earlier, decided the stage (rule any, or the m-th approval).
            await decisions.RemoveAsync(link.Key, decision, cancellationToken);
            return AlreadyDecided(settled.Deciding[0], publicUrl: null);
        }

        if (settled.Verdict.IsDecisive && !settled.Holds)
        {
            await decisions.RemoveAsync(link.Key, decision, cancellationToken);
            return Page(409, "报告状态刚刚发生变化", "在您提交决定的同时，提交单位提交了新稿或撤回了报告，您的决定未被记录。请重新打开邮件中的链接查看当前状态。");
        }

        faults.Reached(FaultPoints.DecisionRecorded);

        var raised = settled.Transition is not { Changes: true } || await RaiseAsync(client, link.Key, settled.Event!, cancellationToken);
        var approvesReport = settled.Verdict.Outcome == StageOutcome.Approved;
        if (approvesReport)
        {
            await WriteApprovedBlobAsync(link, cancellationToken);
        }

        await audit.WriteAsync(link.Key, "decision-recorded", grant.Revision, grant.Stage, grant.Reviewer, $"{decision.Decision}: {comment}", cancellationToken);
        var what = verdict == ReviewVerdict.Approve ? "批准" : "退回修改";
        var scope = $"{link.Agency.Name}{link.Key.Year}年度报告第{grant.Revision}稿，第{grant.Stage + 1}级审核。";
        var recordedAt = $"记录时间：{ChinaTime.Format(decision.DecidedAt)}。";
        var effect = settled.Verdict.Outcome switch
        {
            StageOutcome.Approved => "这是最后一级审核：报告已批准，将自动发布到政府信息公开网站。",
            StageOutcome.Passed => $"第{grant.Stage + 1}级审核已通过，报告已转交第{grant.Stage + 2}级审核人。",
            StageOutcome.Returned => "报告已退回提交单位修改，您的意见将通过邮件转告提交单位。",
            _ => StageProgress.Waiting(settled.Verdict),
        };
        var paragraphs = new List<string> { scope, effect, recordedAt };
        if (!raised)
        {
            paragraphs.Add("审核流程暂时无法接收通知；系统将在下次提醒时自动完成后续处理，您无需再次操作。");
        }

        return Page(200, $"已记录您的决定：{what}", [.. paragraphs]);
    }

    /// <summary>Writes the approved blob now; if that fails, the orchestration's approval activity writes it.</summary>
    private async Task WriteApprovedBlobAsync(OpenLink link, CancellationToken cancellationToken)
    {
        try
        {
            await approval.WriteAsync(link.Key, link.Revision, link.Grant.Stage, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Approved blob of {Report} r{Revision} not written at the desk; the review writes it", link.Key, link.Grant.Revision);
        }
    }

    /// <summary>Checks token and report state shared by GET and POST; returns a refusal page or the open link.</summary>
    private async Task<(ReviewPageResult? Refusal, OpenLink? Link)> OpenAsync(string token, CancellationToken cancellationToken)
    {
        var check = signer.Verify(token);
        if (check.Status == ReviewLinkStatus.Tampered || !ReportKey.TryParseInstanceId(check.Grant!.InstanceId, out var key))
        {
            return (Page(403, "链接无效", "此审核链接不完整或已被改动。请使用邮件中的原始链接。"), null);
        }

        if (check.Status == ReviewLinkStatus.Expired)
        {
            return (Page(410, "链接已过期", "此审核链接已过有效期。提醒邮件会附上新的链接；如需立即审核，请联系提交单位。"), null);
        }

        var grant = check.Grant;
        // Independent rows: read at once, since every click waits on them.
        var headRead = submissions.GetReportAsync(key, cancellationToken);
        var revisionRead = submissions.GetRevisionAsync(key, grant.Revision, cancellationToken);
        var agencyRead = agencies.GetAsync(key.AgencyId, cancellationToken);
        var stageRead = decisions.ListStageAsync(key, grant.Revision, grant.Stage, cancellationToken);
        await Task.WhenAll(headRead, revisionRead, agencyRead, stageRead);
        var (head, revision, agency, stageRows) = (await headRead, await revisionRead, await agencyRead, await stageRead);
        if (head is null || revision is null || agency is null)
        {
            return (Page(404, "找不到该报告", "此链接对应的报告不存在。"), null);
        }

        var standing = ReportEntity.StandingOf(head, published: false);
        var stageOpen = head.LatestRevision == grant.Revision && head.ReportState == ReportState.Reviewing && head.Stage == grant.Stage;
        if (stageRows.FirstOrDefault(r => SameAddress(r.Reviewer, grant.Reviewer)) is { } own)
        {
            return (AlreadyDecided(own, await PublicUrlAsync(key, head, cancellationToken)), null);
        }

        if (!stageOpen && StageSettlement.Weigh(agency, grant.Stage, stageRows) is { IsDecisive: true } settled)
        {
            var first = stageRows.First(r => SameAddress(r.Reviewer, settled.Deciding[0].Reviewer));
            return (AlreadyDecided(first, await PublicUrlAsync(key, head, cancellationToken)), null);
        }

        if (head.LatestRevision != grant.Revision || !string.Equals(revision.ContentSha256, grant.ContentSha256, StringComparison.OrdinalIgnoreCase))
        {
            return (Page(409, "此稿已被新稿取代",
                $"此链接对应第{grant.Revision}稿，提交单位已提交第{head.LatestRevision}稿，本链接不再有效。",
                $"当前稿次：第{head.LatestRevision}稿。审核第{head.LatestRevision}稿的新链接已通过邮件发送给审核人，请使用最新邮件中的链接。"), null);
        }

        if (head.ReportState == ReportState.Withdrawn)
        {
            return (Page(410, "报告已撤回", $"提交单位已撤回第{grant.Revision}稿，无需审核。"), null);
        }

        if (!stageOpen)
        {
            return (Page(409, "此审核阶段当前不接受决定",
                $"第{grant.Revision}稿当前状态：{ReportStateNames.Chinese(head.ReportState)}，正在进行第{head.Stage + 1}级审核。"), null);
        }

        // A link decides only while its reviewer belongs to that stage of the current registration: a reviewer the
        // admin removed loses every link already mailed, whatever the orchestration remembers.
        if (ReviewPolicy.NotReviewer(agency.Stages, grant.Stage, grant.Reviewer, standing) is not null)
        {
            return (Page(403, "您已不是本级审核人",
                $"此链接是发给 {grant.Reviewer} 审核{agency.Name}{key.Year}年度报告第{grant.Revision}稿第{grant.Stage + 1}级的，但该单位的审核人已调整，您已不在本级审核人之列。本次未做任何更改。",
                "如有疑问，请联系管理员或提交单位。"), null);
        }

        return (null, new OpenLink(key, grant, agency, head, revision, standing, stageRows));
    }

    private async Task<ReviewPageResult> FormAsync(OpenLink link, string token, string comment, string? error, int status, CancellationToken cancellationToken)
    {
        var reportRead = drafts.ReadReportAsync(link.Key, link.Grant.Revision, cancellationToken);
        var findingsRead = drafts.ReadFindingsAsync(link.Key, link.Grant.Revision, cancellationToken);
        var inferredRead = drafts.ReadInferredAsync(link.Key, link.Grant.Revision, cancellationToken);
        var decisionsRead = decisions.ListAsync(link.Key, cancellationToken);
        await Task.WhenAll(reportRead, findingsRead, inferredRead, decisionsRead);
        var (report, stored, inferred) = (await reportRead, await findingsRead, await inferredRead);
        // H-SUM as of now: members approved since the submission count, so the reviewer sees today's gap.
        var findings = ReportValidator.Arrange([
            .. stored.Where(f => f.RuleId != RegionRules.RuleId),
            .. await regionCheck.CheckAsync(link.Agency, report, cancellationToken)]);
        IReadOnlyList<ReportChange>? changes = null;
        if (link.Grant.Revision > 1 && await submissions.GetRevisionAsync(link.Key, link.Grant.Revision - 1, cancellationToken) is not null)
        {
            changes = ReportDiff.Compare(await drafts.ReadReportAsync(link.Key, link.Grant.Revision - 1, cancellationToken), report);
        }

        var lastYear = link.Revision.PreviousReport is { } source && await previousReports.ReadAsync(source, cancellationToken) is { } previous
            ? YearComparison.Of(report, previous)
            : null;
        var stages = link.Agency.Stages;
        var earlier = (await decisionsRead)
            .Where(d => d.Revision == link.Grant.Revision && d.Stage < link.Grant.Stage)
            .Select(d => new ApprovalDecision(d.Stage + 1, d.Reviewer, d.Decision, d.Comment, d.DecidedAt))
            .ToList();
        var model = new ReviewPageModel(
            link.Agency,
            link.Key.Year,
            link.Grant.Revision,
            link.Grant.Stage,
            stages.Count,
            link.Grant.Reviewer,
            link.Revision.SubmittedAt,
            findings,
            changes,
            new HtmlReportRenderer().RenderArticle(report),
            signer.FormToken(token),
            comment,
            error,
            lastYear,
            link.Revision.AcknowledgedRules(),
            inferred)
        {
            Deadline = ReportDeadline.Of(link.Agency.Kind, link.Key.Year),
            Late = clock.GetUtcNow() >= ReportDeadline.EndUtc(link.Agency.Kind, link.Key.Year),
            EarlierDecisions = earlier,
            Progress = StageProgress.Of(stages[Math.Min(link.Grant.Stage, stages.Count - 1)], StageSettlement.Weigh(link.Agency, link.Grant.Stage, link.StageRows)),
            MayApprove = !link.Agency.Submitters.Contains(link.Grant.Reviewer, StringComparer.OrdinalIgnoreCase),
        };
        return new ReviewPageResult(status, ReviewPage.Form(model));
    }

    private async Task<bool> RaiseAsync(DurableTaskClient client, ReportKey key, ReviewEvent reviewEvent, CancellationToken cancellationToken)
    {
        try
        {
            await client.RaiseEventAsync(key.InstanceId, ReviewOrchestration.EventName, reviewEvent, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The outcome is in the report's state; the stage's next reminder finds it and hands it over.
            logger.LogError(e, "Could not raise the decision for {Report} r{Revision} s{Stage}", key, reviewEvent.Revision, reviewEvent.Stage);
            return false;
        }
    }

    private static async Task<bool> IsRunningAsync(DurableTaskClient client, ReportKey key, CancellationToken cancellationToken)
    {
        try
        {
            // Raising to a missing or finished instance is silently dropped or throws, depending on the backend.
            return await client.GetInstanceAsync(key.InstanceId, cancellationToken) is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The public page's address once the report is published (the decided page links it), else null.</summary>
    private async Task<string?> PublicUrlAsync(ReportKey key, ReportEntity head, CancellationToken cancellationToken) =>
        head.ReportState == ReportState.Approved && await drafts.IsPublishedAsync(key, cancellationToken)
            ? $"{options.Value.PublicReportsBaseUrl.TrimEnd('/')}/{key.YearText}/{key.AgencyId}/index.html"
            : null;

    private static ReviewPageResult AlreadyDecided(DecisionEntity decision, string? publicUrl)
    {
        var what = decision.Decision == "approve" ? "批准" : "退回修改";
        var paragraphs = new List<string> { $"已由 {decision.Reviewer} 于 {ChinaTime.Format(decision.DecidedAt)} 处理：{what}。" };
        if (decision.Comment.Length > 0)
        {
            paragraphs.Add($"意见：{decision.Comment}");
        }

        paragraphs.Add("本次未做任何更改。");
        var title = $"第{decision.Revision}稿第{decision.Stage + 1}级审核已处理";
        return new(200, publicUrl is null ? ReviewPage.Message(title, [.. paragraphs]) : ReviewPage.Decided(title, publicUrl, [.. paragraphs]));
    }

    private static bool SameAddress(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static ReviewPageResult Page(int status, string title, params string[] paragraphs) => new(status, ReviewPage.Message(title, paragraphs));

    private sealed record OpenLink(
        ReportKey Key, ReviewGrant Grant, AgencyProfile Agency, ReportEntity Head, RevisionEntity Revision, ReportStanding Standing, IReadOnlyList<DecisionEntity> StageRows);
}
