using System.Net;
using Workflow.Functions.Notifications;
using Workflow.Functions.Publishing;
using Workflow.Functions.Season;

namespace Workflow.Functions.Regions;

/// <summary>The season mail to a region's admin addresses: where the members stand, with signed links to the pages.</summary>
public static class RegionEmails
{
    public static EmailMessage Digest(string to, RegionView view, int daysLeft, string regionUrl, DateTimeOffset linkExpires)
    {
        var name = view.Government.Name;
        var subject = $"{name}{view.Year}年度政府信息公开工作年度报告进度：距部门法定公开期限还有 {daysLeft} 天";
        var notSubmitted = view.Members.Where(m => m.Status == SeasonState.NotSubmitted).Select(m => m.Name).ToList();
        var counts = string.Join("，", view.Counts.Select(c => $"{c.Key} {c.Value}"));
        var pending = notSubmitted.Count == 0 ? "所属单位均已提交。" : $"尚未提交：{string.Join("、", notSubmitted)}。";
        var expires = ChinaDates.FormatDateTime(linkExpires);
        var text = $"""
            {name}政务公开工作机构：

            截至{ChinaDates.FormatDate(view.Today)}，所属 {view.Members.Count} 个单位的{view.Year}年度报告：{counts}。
            {pending}

            区域汇总页面（只读，{expires}前有效，无需管理密钥）：
            {regionUrl}

            您收到本邮件，是因为您是该区域登记的管理联系人。期限前 10、5、1 天各发送一次。
            """;
        var html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + Encode(subject) + "</title></head><body>"
            + $"<p>{Encode(name)}政务公开工作机构：</p>"
            + $"<p>截至{ChinaDates.FormatDate(view.Today)}，所属 {view.Members.Count} 个单位的{view.Year}年度报告：{Encode(counts)}。{Encode(pending)}</p>"
            + $"<p><a href=\"{Encode(regionUrl)}\">打开区域汇总页面</a>（只读，{Encode(expires)}前有效，无需管理密钥）</p>"
            + "<p style=\"color:#555\">您收到本邮件，是因为您是该区域登记的管理联系人。期限前 10、5、1 天各发送一次。</p></body></html>";
        var tags = new Dictionary<string, string> { ["kind"] = "region-digest", ["agencyId"] = view.Government.AgencyId };
        return new EmailMessage([to], subject, text, html, null, [], tags);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
