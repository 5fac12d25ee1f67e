using System.Net;
using Workflow.Functions.Notifications;
using Workflow.Functions.Publishing;

namespace Workflow.Functions.Season;

/// <summary>The deadline reminder to a bureau that has not submitted its report.</summary>
public static class SeasonEmails
{
    public static EmailMessage Reminder(string to, AgencySeasonStatus status, int year, int daysLeft, string apiBaseUrl)
    {
        var deadline = ChinaDates.FormatDate(status.Deadline);
        var when = daysLeft switch
        {
            0 => "今天是法定公开期限",
            < 0 => $"已超过法定公开期限 {-daysLeft} 天",
            _ => $"距法定公开期限还有 {daysLeft} 天",
        };
        var subject = $"提醒：{status.Name}{year}年政府信息公开工作年度报告尚未提交，{when}";
        var submitUrl = $"{apiBaseUrl.TrimEnd('/')}/api/agencies/{status.AgencyId}/reports/{year}/drafts";
        var text = $"""
            {status.Name}：

            贵单位{year}年政府信息公开工作年度报告尚未提交审核。法定公开期限为{deadline}（{when}）。
            报告须经审核批准后才能发布，请尽早提交，为审核留出时间。

            提交地址（POST，请求头 X-Agency-Key）：
            {submitUrl}

            您收到本邮件，是因为您是该单位登记的报告提交人。每个提醒节点（期限前 10、5、1 天）只发送一次。
            """;
        var html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + Encode(subject) + "</title></head><body>"
            + $"<p>{Encode(status.Name)}：</p>"
            + $"<p>贵单位{year}年政府信息公开工作年度报告尚未提交审核。法定公开期限为<strong>{Encode(deadline)}</strong>（{Encode(when)}）。报告须经审核批准后才能发布，请尽早提交，为审核留出时间。</p>"
            + $"<p>提交地址（POST，请求头 X-Agency-Key）：<br><code>{Encode(submitUrl)}</code></p>"
            + "<p style=\"color:#555\">您收到本邮件，是因为您是该单位登记的报告提交人。每个提醒节点（期限前 10、5、1 天）只发送一次。</p></body></html>";
        var tags = new Dictionary<string, string>
        {
            ["kind"] = "season-reminder",
            ["agencyId"] = status.AgencyId,
            ["daysLeft"] = daysLeft.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new EmailMessage([to], subject, text, html, null, [], tags);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
