using System.Net;

namespace Workflow.Functions.Notifications;

/// <summary>The alert that a workflow mail was refused by the mail service and will not be retried.</summary>
public static class DeliveryAlertEmail
{
    public static EmailMessage Compose(string to, EmailMessage failed, string error)
    {
        var recipients = string.Join("、", failed.To);
        var subject = $"邮件发送失败：{failed.Subject}";
        var lines = new[]
        {
            $"邮件“{failed.Subject}”未能发送给 {recipients}：邮件服务拒绝了该邮件，不会自动重试。",
            $"邮件服务的答复：{error}",
            "请核对收件地址（机关登记信息中的提交人、审核人或督办联系人），必要时更新登记信息，或通过其他方式通知收件人。审核流程不受影响，仍在继续。",
        };
        var text = string.Join("\n\n", lines) + "\n";
        var html = $"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(subject)}</title></head><body>"
            + string.Concat(lines.Select(line => $"<p>{WebUtility.HtmlEncode(line)}</p>"))
            + "</body></html>";
        var tags = new Dictionary<string, string>(failed.Tags) { ["kind"] = "delivery-failed" };
        return new EmailMessage([to], subject, text, html, null, [], tags);
    }
}
