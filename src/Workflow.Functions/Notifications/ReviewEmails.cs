using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Workflow.Functions.Review;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Notifications;

/// <summary>
/// Composes the review emails: Chinese subjects naming agency, year and revision (第n稿), a plain-text and an
/// HTML part, absolute links built from Workflow:ApiBaseUrl. Review links open a page that asks for
/// confirmation; the email itself decides nothing.
/// </summary>
public sealed class ReviewEmails(IOptions<WorkflowOptions> options)
{
    private const int MaxListedChanges = 20;

    public string ReviewLink(string token) => $"{BaseUrl}/api/review/{token}";

    public string StatusLink(string agencyId, int year) => $"{BaseUrl}/api/agencies/{agencyId}/reports/{year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Where a bureau POSTs its drafts of the year.</summary>
    public string DraftsLink(string agencyId, int year) => $"{StatusLink(agencyId, year)}/drafts";

    /// <summary>The drafts address that submits over these errors: "…/drafts?acknowledge=T3-BAL,T4-REV".</summary>
    public string AcknowledgeLink(string agencyId, int year, IEnumerable<string> ruleIds, bool correction = false) =>
        $"{DraftsLink(agencyId, year)}?{Submissions.Acknowledgement.QueryName}={Submissions.Acknowledgement.Value(ruleIds)}{(correction ? "&correction=true" : "")}";

    private string BaseUrl => options.Value.ApiBaseUrl.TrimEnd('/');

    public EmailMessage ReviewRequest(
        ReviewMailContext context, string reviewer, IReadOnlyList<string> stageReviewers, string link, bool reminder,
        IReadOnlyList<Finding> findings, IReadOnlyList<ReportChange>? changes, YearComparison? lastYear = null,
        IReadOnlyList<string>? acknowledged = null, IReadOnlyList<InferredCell>? inferred = null, StageProgress? progress = null)
    {
        var subject = $"{(reminder ? "【提醒】" : "【待审核】")}{context.ReportTitle} {context.StageText}";
        var paragraphs = Summary(context, stageReviewers, reminder, findings, progress);
        AppendDetails(paragraphs, context, findings, changes, acknowledged, inferred);
        paragraphs.Add("点击下面的链接打开审核页面，查看报告全文与检查结果，并在页面上选择“批准”或“退回修改”（页面上确认后才会记录）。");
        var footer = "此链接仅供您本人使用，请勿转发；我们不会向您索要密码。您收到此邮件是因为您是该机关年度报告的审核人。";
        return Compose([reviewer], subject, paragraphs, link, $"审核{context.ReportTitle}", footer, ReplyTo(context), context, "review-request", Figures(lastYear));
    }

    /// <summary>The stage's request as a copy (抄送) for the stage's cc addresses: the same content, no decision link.</summary>
    public EmailMessage ReviewCopy(
        ReviewMailContext context, IReadOnlyList<string> cc, IReadOnlyList<string> stageReviewers, IReadOnlyList<Finding> findings,
        IReadOnlyList<ReportChange>? changes, YearComparison? lastYear, IReadOnlyList<string>? acknowledged, IReadOnlyList<InferredCell>? inferred, StageProgress? progress)
    {
        var subject = $"【抄送】{context.ReportTitle} {context.StageText}";
        var paragraphs = Summary(context, stageReviewers, reminder: false, findings, progress);
        AppendDetails(paragraphs, context, findings, changes, acknowledged, inferred);
        paragraphs.Add("此邮件为抄送，仅供知悉；决定由本级审核人在各自的审核链接中作出。");
        return Compose(cc, subject, paragraphs, null, null, "您收到此邮件是因为您是该机关年度报告本级审核的抄送人。", ReplyTo(context), context, "review-copy", Figures(lastYear));
    }

    private static List<string> Summary(ReviewMailContext context, IReadOnlyList<string> stageReviewers, bool reminder, IReadOnlyList<Finding> findings, StageProgress? progress) =>
    [
        reminder
            ? $"{context.ReportTitle}仍在等待您的{context.StageText}。"
            : $"{context.Agency.Name}提交了{context.Year}年政府信息公开工作年度报告第{context.Revision}稿，请您进行{context.StageText}。",
        $"法定公开期限：{ChinaTime.FormatDate(context.Deadline)}。",
        progress is not null && (progress.Decided.Count > 0 || progress.Required > 1)
            ? $"本级审核人：{string.Join("、", stageReviewers)}。{progress.Line()}"
            : stageReviewers.Count > 1
                ? $"本级审核人：{string.Join("、", stageReviewers)}；任一人作出决定即可。"
                : "您是本级唯一的审核人。",
        $"自动检查结果：错误 {Count(findings, Severity.Error)} 项，警告 {Count(findings, Severity.Warning)} 项，提示 {Count(findings, Severity.Info)} 项。",
    ];

    private static EmailBlock? Figures(YearComparison? lastYear) => lastYear is null
        ? null
        : new EmailBlock(
            $"{KeyFigureTable.Caption(lastYear)}：\n{string.Join("\n", KeyFigureTable.Lines(lastYear))}",
            $"<p>{E(KeyFigureTable.Caption(lastYear))}：</p>\n{KeyFigureTable.Html(lastYear, inlineStyles: true)}");

    private static void AppendDetails(
        List<string> paragraphs, ReviewMailContext context, IReadOnlyList<Finding> findings, IReadOnlyList<ReportChange>? changes,
        IReadOnlyList<string>? acknowledged, IReadOnlyList<InferredCell>? inferred)
    {
        if (acknowledged is { Count: > 0 })
        {
            var errors = findings.Where(f => f.Severity == Severity.Error && acknowledged.Contains(f.RuleId, StringComparer.Ordinal)).ToList();
            paragraphs.Add($"本稿带有 {errors.Count} 项经提交单位确认的错误（{string.Join("、", acknowledged)}）：提交单位核对后坚持提交，请重点审核：");
            paragraphs.AddRange(errors.Take(MaxListedChanges).Select(f => $"· {f.RuleId}（{f.Location}）：{f.Message}"));
            if (errors.Count > MaxListedChanges)
            {
                paragraphs.Add($"……其余 {errors.Count - MaxListedChanges} 项见审核页面。");
            }
        }

        if (inferred is { Count: > 0 })
        {
            paragraphs.Add($"另有 {inferred.Count} 个单元格未能按原文读取（{string.Join("、", inferred.Take(5).Select(c => c.Location))}{(inferred.Count > 5 ? "等" : "")}），请在审核页面对照原文核对。");
        }

        if (changes is not null)
        {
            paragraphs.Add($"与第{context.Revision - 1}稿相比修改了 {changes.Count} 处：");
            paragraphs.AddRange(changes.Take(MaxListedChanges).Select(c => $"· {c.Label}：{c.OldValue ?? "（无）"} → {c.NewValue ?? "（无）"}"));
            if (changes.Count > MaxListedChanges)
            {
                paragraphs.Add($"……其余 {changes.Count - MaxListedChanges} 处见审核页面。");
            }
        }
    }

    public EmailMessage Escalation(ReviewMailContext context, IReadOnlyList<string> contacts, IReadOnlyList<string> stageReviewers, DateTimeOffset pendingSince)
    {
        var subject = $"【督办】{context.ReportTitle} {context.StageText}尚未完成";
        var paragraphs = new List<string>
        {
            $"{context.ReportTitle}自 {ChinaTime.Format(pendingSince)} 起等待{context.StageText}，至今尚无决定。",
            $"本级审核人：{string.Join("、", stageReviewers)}。",
            $"法定公开期限：{ChinaTime.FormatDate(context.Deadline)}。请督促审核人尽快处理。",
        };
        return Compose(contacts, subject, paragraphs, null, null, "您收到此邮件是因为您是该机关年度报告审核的督办联系人。", ReplyTo(context), context, "escalation");
    }

    public EmailMessage ChangesRequested(ReviewMailContext context, string reviewer, string comment)
    {
        var subject = $"【退回修改】{context.ReportTitle}";
        var paragraphs = new List<string>
        {
            $"{reviewer} 在{context.StageText}中将{context.ReportTitle}退回修改。",
            $"审核意见：{comment}",
            $"请修改后重新提交（将成为第{context.Revision + 1}稿，审核从第1级重新开始）。法定公开期限：{ChinaTime.FormatDate(context.Deadline)}。",
        };
        return Compose(context.Agency.Submitters, subject, paragraphs, StatusLink(context.Agency.Id, context.Year), "查看审核进度（需机关密钥）",
            "您收到此邮件是因为您是该机关年度报告的提交人。", reviewer, context, "changes-requested");
    }

    public EmailMessage SubmitterReminder(ReviewMailContext context)
    {
        var subject = $"【提醒】{context.ReportTitle}已退回，等待修改后重新提交";
        var paragraphs = new List<string>
        {
            $"{context.ReportTitle}已被退回修改，尚未收到修改后的新稿。",
            $"法定公开期限：{ChinaTime.FormatDate(context.Deadline)}。",
        };
        return Compose(context.Agency.Submitters, subject, paragraphs, StatusLink(context.Agency.Id, context.Year), "查看审核进度（需机关密钥）",
            "您收到此邮件是因为您是该机关年度报告的提交人。", null, context, "submitter-reminder");
    }

    public EmailMessage Approved(ReviewMailContext context)
    {
        var subject = $"【已批准】{context.ReportTitle}";
        // The desk publishes at the click, so this mail may come after the "已发布" one: it names no order.
        var paragraphs = new List<string> { $"{context.ReportTitle}已通过全部审核。报告由系统自动发布到政府信息公开网站，发布完成后您会另外收到“已发布”通知。" };
        return Compose(context.Agency.Submitters, subject, paragraphs, StatusLink(context.Agency.Id, context.Year), "查看审核进度（需机关密钥）",
            "您收到此邮件是因为您是该机关年度报告的提交人。", null, context, "approved");
    }

    public EmailMessage Withdrawn(ReviewMailContext context, IReadOnlyList<string> reviewers)
    {
        var subject = $"【已撤回】{context.ReportTitle}";
        var paragraphs = new List<string> { $"{context.Agency.Name}已撤回{context.ReportTitle}，此前发送的审核链接已失效，无需审核。" };
        return Compose(reviewers, subject, paragraphs, null, null, "您收到此邮件是因为您是该机关年度报告的审核人。", ReplyTo(context), context, "withdrawn");
    }

    private static string? ReplyTo(ReviewMailContext context) => context.Agency.Submitters.FirstOrDefault();

    private static int Count(IReadOnlyList<Finding> findings, Severity severity) => findings.Count(f => f.Severity == severity);

    private static EmailMessage Compose(
        IReadOnlyList<string> to, string subject, IReadOnlyList<string> paragraphs, string? link, string? linkText, string footer,
        string? replyTo, ReviewMailContext context, string kind, EmailBlock? block = null)
    {
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        if (block is not null)
        {
            text.Append(block.Text).Append("\n\n");
        }

        if (link is not null)
        {
            text.Append(linkText).Append("：\n").Append(link).Append("\n\n");
        }

        text.Append("—\n").Append(footer).Append('\n');

        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background:#f4f4f1;\">\n")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f1;\"><tr><td align=\"center\">\n")
            .Append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;font-family:sans-serif;font-size:15px;line-height:1.7;color:#1d1d1b;\">\n")
            .Append("<tr><td style=\"padding:24px 32px;\">\n<h1 style=\"font-size:18px;\">").Append(E(subject)).Append("</h1>\n");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        html.Append(block?.Html);

        if (link is not null)
        {
            html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#8b1a1a;border-radius:4px;\">")
                .Append("<a href=\"").Append(E(link)).Append("\" style=\"display:inline-block;padding:12px 24px;color:#ffffff;text-decoration:none;font-weight:bold;\">")
                .Append(E(linkText ?? link)).Append("</a></td></tr></table>\n")
                .Append("<p style=\"font-size:13px;color:#555;\">如按钮无法打开，请复制此地址到浏览器：<br>").Append(E(link)).Append("</p>\n");
        }

        html.Append("<p style=\"font-size:13px;color:#555;border-top:1px solid #ddd;padding-top:12px;\">").Append(E(footer)).Append("</p>\n")
            .Append("</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n");

        var tags = new Dictionary<string, string>
        {
            ["report"] = $"{context.Agency.Id}-{context.Year.ToString(CultureInfo.InvariantCulture)}",
            ["revision"] = context.Revision.ToString(CultureInfo.InvariantCulture),
            ["kind"] = kind,
        };
        var links = link is not null && link.Contains("/api/review/", StringComparison.Ordinal) ? new[] { link } : [];
        return new EmailMessage(to, subject, text.ToString(), html.ToString(), replyTo, links, tags);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
