using System.Net;
using System.Text;
using Workflow.Functions.Publishing;

namespace Workflow.Functions.Notifications;

/// <summary>
/// The mails of publication: "已发布" to the bureau and subscribers, a confirmation to the approving reviewers,
/// and the alert when publication keeps failing. Each has a text and an HTML part, one recipient (subscribers
/// never see each other) and the public URL in full.
/// </summary>
public static class PublicationEmails
{
    public static EmailMessage Published(string to, PublicationEntry entry, string pageUrl, string reportUrl)
    {
        var corrected = entry.CorrectedAt.Count > 0;
        var subject = $"{(corrected ? "已发布更正" : "已发布")}：{entry.AgencyName}{entry.Year}年政府信息公开工作年度报告（第{entry.Revision}稿）";
        var lines = new List<string>
        {
            corrected
                ? $"{entry.AgencyName}{entry.Year}年政府信息公开工作年度报告的更正已于{ChinaDates.FormatDate(entry.UpdatedAt)}发布，公开页面已替换为更正后的内容。"
                : $"{entry.AgencyName}{entry.Year}年政府信息公开工作年度报告已于{ChinaDates.FormatDate(entry.PublishedAt)}发布。",
            $"批准：{ChinaDates.FormatDateTime(entry.ApprovedAt)}（第{entry.Revision}稿）",
            $"法定公开期限：{ChinaDates.FormatDate(entry.Deadline)}，{(entry.OnTime ? "按时发布" : "逾期发布")}",
        };
        return Compose(to, subject, lines, pageUrl, reportUrl, entry,
            "您收到本邮件，是因为您是该单位的报告提交人，或订阅了该单位的报告发布通知。");
    }

    public static EmailMessage ApprovalConfirmed(string to, PublicationEntry entry, string pageUrl, string reportUrl)
    {
        var subject = $"您批准的报告已发布：{entry.AgencyName}{entry.Year}年政府信息公开工作年度报告（第{entry.Revision}稿）";
        var lines = new List<string>
        {
            $"您批准的{entry.AgencyName}{entry.Year}年政府信息公开工作年度报告（第{entry.Revision}稿）已公开发布。",
            $"批准：{ChinaDates.FormatDateTime(entry.ApprovedAt)}",
        };
        return Compose(to, subject, lines, pageUrl, reportUrl, entry, "您收到本邮件，是因为您批准了这份报告。");
    }

    public static EmailMessage PublicationFailing(string to, string approvedBlob, int attempts, string error)
    {
        var subject = $"发布失败：{approvedBlob} 已连续失败 {attempts} 次";
        var text = $"""
            已批准的报告 {approvedBlob} 发布失败 {attempts} 次，已转入毒消息队列 webjobs-blobtrigger-poison，不会再自动重试。

            最后一次错误：
            {error}

            排除原因后，重新写入该 blob（或删除 azure-webjobs-hosts/blobreceipts 中对应的回执）即可再次发布。
            """;
        var html = $"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{Encode(subject)}</title></head><body>"
            + $"<p>已批准的报告 <code>{Encode(approvedBlob)}</code> 发布失败 {attempts} 次，已转入毒消息队列 <code>webjobs-blobtrigger-poison</code>，不会再自动重试。</p>"
            + $"<p>最后一次错误：</p><pre>{Encode(error)}</pre>"
            + "<p>排除原因后，重新写入该 blob（或删除 azure-webjobs-hosts/blobreceipts 中对应的回执）即可再次发布。</p></body></html>";
        return new EmailMessage([to], subject, text, html, null, [], new Dictionary<string, string> { ["kind"] = "publication-failing" });
    }

    /// <summary>An entry left out of a shared document (year index, feed) because it could not be rendered.</summary>
    public static EmailMessage EntryLeftOut(string to, string document, string entry, string error)
    {
        var subject = $"公共目录缺少一项：{entry} 未能写入 {document}";
        var text = $"""
            重建公共文档 {document} 时，条目 {entry} 无法写入，已被略去；文档的其余内容已正常更新，其他单位的发布不受影响。

            错误：
            {error}

            请检查并修正该条目（public 容器中的 entries/ 目录），下次发布时该条目将重新写入。
            """;
        var html = $"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{Encode(subject)}</title></head><body>"
            + $"<p>重建公共文档 <code>{Encode(document)}</code> 时，条目 <code>{Encode(entry)}</code> 无法写入，已被略去；文档的其余内容已正常更新，其他单位的发布不受影响。</p>"
            + $"<p>错误：</p><pre>{Encode(error)}</pre>"
            + "<p>请检查并修正该条目（public 容器中的 entries/ 目录），下次发布时该条目将重新写入。</p></body></html>";
        return new EmailMessage([to], subject, text, html, null, [], new Dictionary<string, string> { ["kind"] = "shared-document-entry-left-out" });
    }

    private static EmailMessage Compose(string to, string subject, IReadOnlyList<string> lines, string pageUrl, string reportUrl, PublicationEntry entry, string why)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        text.Append("\n公开页面：\n").Append(pageUrl).Append("\n\n开放数据（JSON）：\n").Append(reportUrl).Append("\n\n").Append(why).Append('\n');

        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head><body>");
        foreach (var line in lines)
        {
            html.Append("<p>").Append(Encode(line)).Append("</p>");
        }
        html.Append("<p><a href=\"").Append(Encode(pageUrl)).Append("\">查看").Append(Encode($"{entry.AgencyName}{entry.Year}年度报告的公开页面")).Append("</a></p>")
            .Append("<p>公开页面地址：").Append(Encode(pageUrl)).Append("</p>")
            .Append("<p><a href=\"").Append(Encode(reportUrl)).Append("\">下载开放数据（report.json）</a></p>")
            .Append("<p style=\"color:#555\">").Append(Encode(why)).Append("</p></body></html>");

        var tags = new Dictionary<string, string>
        {
            ["kind"] = "published",
            ["agencyId"] = entry.AgencyId,
            ["year"] = entry.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["revision"] = entry.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new EmailMessage([to], subject, text.ToString(), html.ToString(), null, [], tags);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
