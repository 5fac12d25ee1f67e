using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Agencies;
using Workflow.Functions.History;
using Workflow.Functions.Storage;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Review;

/// <summary>
/// What happens behind a review link. Showing the page never changes anything (mail scanners fetch links);
/// a decision is recorded once per revision and stage, by inserting its row first, and only then raised to
/// the orchestration. The last stage's approval takes effect here and now: the report's head row turns
/// approved under its ETag (so a withdrawal or a new revision at the same moment either comes first and
/// refuses the decision, or comes after and finds the report approved), and the approved blob is written,
/// which publishes the report; the orchestration follows with the audit and the mail to the bureau.
/// </summary>
public sealed class ReviewDesk(
    ReviewLinkSigner signer,
    AgencyStore agencies,
    SubmissionStore submissions,
    DecisionStore decisions,
    DraftStore drafts,
    ReportApproval approval,
    PreviousReports previousReports,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ReviewDesk> logger)
{
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
            var first = await decisions.GetAsync(link.Key, grant.Revision, grant.Stage, cancellationToken);
            return AlreadyDecided(first!);
        }

        var approvesReport = verdict == ReviewVerdict.Approve && IsLastStage(link);
        var approvedHead = approvesReport ? await ApproveHeadAsync(link, cancellationToken) : null;
        if (approvesReport && approvedHead is null)
        {
            await decisions.RemoveAsync(link.Key, decision, cancellationToken);
            return Page(409, "报告状态刚刚发生变化", "在您提交决定的同时，提交单位提交了新稿或撤回了报告，您的决定未被记录。请重新打开邮件中的链接查看当前状态。");
        }

        if (!await RaiseAsync(client, link.Key, decision, approvesReport, cancellationToken))
        {
            // Undone in reverse order. A head row that cannot be turned back keeps the decision row, so that the
            // next reminder finds the recorded decision and hands it to the review (SendStageNotice).
            if (approvedHead is not null && !await RevertHeadAsync(approvedHead, cancellationToken))
            {
                return Page(200, "已记录您的决定：批准", "审核流程暂时无法接收您的决定；系统将在下次提醒时自动完成处理，您无需再次操作。");
            }

            await decisions.RemoveAsync(link.Key, decision, cancellationToken);
            return Page(503, "暂时无法记录决定", "审核流程暂时无法接收您的决定，您的决定未被记录。请稍后再次打开邮件中的链接重试。");
        }

        if (approvesReport)
        {
            await WriteApprovedBlobAsync(link, cancellationToken);
        }

        await audit.WriteAsync(link.Key, "decision-recorded", grant.Revision, grant.Stage, grant.Reviewer, $"{decision.Decision}: {comment}", cancellationToken);
        var what = verdict == ReviewVerdict.Approve ? "批准" : "退回修改";
        var scope = $"{link.Agency.Name}{link.Key.Year}年度报告第{grant.Revision}稿，第{grant.Stage + 1}级审核。";
        var recordedAt = $"记录时间：{ChinaTime.Format(decision.DecidedAt)}。";
        return approvesReport
            ? Page(200, $"已记录您的决定：{what}", scope, "这是最后一级审核：报告已批准，将自动发布到政府信息公开网站。", recordedAt)
            : Page(200, $"已记录您的决定：{what}", scope, recordedAt);
    }

    /// <summary>
    /// The agency's last stage, as the orchestration knows it, and a reviewer it still lists; anything else
    /// (more stages added since, a reviewer removed) goes to the orchestration alone, which decides as before.
    /// </summary>
    private static bool IsLastStage(OpenLink link)
    {
        var stages = link.Agency.ReviewStages;
        return link.Head.StageCount == stages.Count
            && link.Grant.Stage == stages.Count - 1
            && stages[link.Grant.Stage].Contains(link.Grant.Reviewer, StringComparer.OrdinalIgnoreCase);
    }

    private static bool BelongsToStage(AgencyProfile agency, ReviewGrant grant) =>
        grant.Stage < agency.ReviewStages.Count
        && agency.ReviewStages[grant.Stage].Contains(grant.Reviewer, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Turns the head row approved under its ETag. A change in between that leaves the stage open to this
    /// decision (a reminder's notice touches the row too) is read again; any other (a new revision, a withdrawal)
    /// refuses the decision: null.
    /// </summary>
    private async Task<ReportEntity?> ApproveHeadAsync(OpenLink link, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        var head = link.Head;
        for (var attempt = 0; attempt < Attempts && head is not null; attempt++)
        {
            if (head.LatestRevision != link.Grant.Revision || head.ReportState != ReportState.Reviewing || head.Stage != link.Grant.Stage)
            {
                return null;
            }

            head.ReportState = ReportState.Approved;
            if (await submissions.TryReplaceAsync(head, cancellationToken))
            {
                return head;
            }

            head = await submissions.GetReportAsync(link.Key, cancellationToken);
        }

        return null;
    }

    private async Task<bool> RevertHeadAsync(ReportEntity approvedHead, CancellationToken cancellationToken)
    {
        approvedHead.ReportState = ReportState.Reviewing;
        try
        {
            return await submissions.TryReplaceAsync(approvedHead, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not turn {Report} back to review after its decision was not delivered", approvedHead.PartitionKey);
            return false;
        }
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
        var decisionRead = decisions.GetAsync(key, grant.Revision, grant.Stage, cancellationToken);
        await Task.WhenAll(headRead, revisionRead, agencyRead, decisionRead);
        var (head, revision, agency) = (await headRead, await revisionRead, await agencyRead);
        if (head is null || revision is null || agency is null)
        {
            return (Page(404, "找不到该报告", "此链接对应的报告不存在。"), null);
        }

        if (await decisionRead is { } decided)
        {
            return (AlreadyDecided(decided), null);
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

        if (head.ReportState != ReportState.Reviewing || head.Stage != grant.Stage)
        {
            return (Page(409, "此审核阶段当前不接受决定",
                $"第{grant.Revision}稿当前状态：{ReportStateNames.Chinese(head.ReportState)}，正在进行第{head.Stage + 1}级审核。"), null);
        }

        // A link decides only while its reviewer belongs to that stage of the current registration: a reviewer the
        // admin removed loses every link already mailed, whatever the orchestration remembers.
        if (!BelongsToStage(agency, grant))
        {
            return (Page(403, "您已不是本级审核人",
                $"此链接是发给 {grant.Reviewer} 审核{agency.Name}{key.Year}年度报告第{grant.Revision}稿第{grant.Stage + 1}级的，但该单位的审核人已调整，您已不在本级审核人之列。本次未做任何更改。",
                "如有疑问，请联系管理员或提交单位。"), null);
        }

        return (null, new OpenLink(key, grant, agency, head, revision));
    }

    private async Task<ReviewPageResult> FormAsync(OpenLink link, string token, string comment, string? error, int status, CancellationToken cancellationToken)
    {
        var reportRead = drafts.ReadReportAsync(link.Key, link.Grant.Revision, cancellationToken);
        var findingsRead = drafts.ReadFindingsAsync(link.Key, link.Grant.Revision, cancellationToken);
        var inferredRead = drafts.ReadInferredAsync(link.Key, link.Grant.Revision, cancellationToken);
        await Task.WhenAll(reportRead, findingsRead, inferredRead);
        var (report, findings, inferred) = (await reportRead, await findingsRead, await inferredRead);
        IReadOnlyList<ReportChange>? changes = null;
        if (link.Grant.Revision > 1 && await submissions.GetRevisionAsync(link.Key, link.Grant.Revision - 1, cancellationToken) is not null)
        {
            changes = ReportDiff.Compare(await drafts.ReadReportAsync(link.Key, link.Grant.Revision - 1, cancellationToken), report);
        }

        var lastYear = link.Revision.PreviousReport is { } source && await previousReports.ReadAsync(source, cancellationToken) is { } previous
            ? YearComparison.Of(report, previous)
            : null;
        var model = new ReviewPageModel(
            link.Agency,
            link.Key.Year,
            link.Grant.Revision,
            link.Grant.Stage,
            Math.Max(link.Head.StageCount, link.Grant.Stage + 1),
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
            inferred);
        return new ReviewPageResult(status, ReviewPage.Form(model));
    }

    private async Task<bool> RaiseAsync(DurableTaskClient client, ReportKey key, DecisionEntity decision, bool approvedAtDesk, CancellationToken cancellationToken)
    {
        var reviewEvent = ReviewEvent.Decided(decision, approvedAtDesk);
        try
        {
            // Raising to a missing or finished instance is silently dropped or throws, depending on the backend.
            var instance = await client.GetInstanceAsync(key.InstanceId, cancellationToken);
            if (instance is not { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
            {
                logger.LogWarning("Decision for {Report} r{Revision} s{Stage} has no running review", key, decision.Revision, decision.Stage);
                return false;
            }

            await client.RaiseEventAsync(key.InstanceId, ReviewOrchestration.EventName, reviewEvent, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not raise the decision for {Report} r{Revision} s{Stage}", key, decision.Revision, decision.Stage);
            return false;
        }
    }

    private static ReviewPageResult AlreadyDecided(DecisionEntity decision)
    {
        var what = decision.Decision == "approve" ? "批准" : "退回修改";
        var paragraphs = new List<string> { $"已由 {decision.Reviewer} 于 {ChinaTime.Format(decision.DecidedAt)} 处理：{what}。" };
        if (decision.Comment.Length > 0)
        {
            paragraphs.Add($"意见：{decision.Comment}");
        }

        paragraphs.Add("本次未做任何更改。");
        return Page(200, $"第{decision.Revision}稿第{decision.Stage + 1}级审核已处理", [.. paragraphs]);
    }

    private static ReviewPageResult Page(int status, string title, params string[] paragraphs) => new(status, ReviewPage.Message(title, paragraphs));

    private sealed record OpenLink(ReportKey Key, ReviewGrant Grant, AgencyProfile Agency, ReportEntity Head, RevisionEntity Revision);
}
