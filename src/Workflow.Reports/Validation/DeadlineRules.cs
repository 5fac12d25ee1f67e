using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Publication date (发布日期) against <see cref="LegalDeadline"/>. All warnings: the date written at the end of a draft is
/// often provisional and a late date does not make the content wrong, but a reviewer must look.
/// <list type="bullet">
/// <item>D-DEPT: a department published after 31 January of the following year.</item>
/// <item>D-GOV: a level government published after 31 March of the following year.</item>
/// <item>D-START: published before 1 January of the following year, i.e. before the statistics period ended.</item>
/// </list>
/// A report without a date (a draft) is not checked.
/// </summary>
internal static class DeadlineRules
{
    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        // A year no report can be on (only a malformed report.json carries one) has no deadline to miss.
        if (report.PublishedOn is not { } published || !ReportYears.IsValid(report.Year))
        {
            yield break;
        }
        var deadline = LegalDeadline.For(report);
        if (published < deadline.EarliestPublication)
        {
            yield return new Finding("D-START", Severity.Warning,
                $"发布日期 {Chinese(published)} 早于统计期限结束（{report.Year}年12月31日）：{report.Year}年度报告最早应于 {Chinese(deadline.EarliestPublication)} 发布。", "发布日期");
        }
        else if (published > deadline.Date)
        {
            var rule = report.Agency.Kind == AgencyKind.Department ? "D-DEPT" : "D-GOV";
            yield return new Finding(rule, Severity.Warning,
                $"发布日期 {Chinese(published)} 晚于法定期限 {Chinese(deadline.Date)}（逾期 {published.DayNumber - deadline.Date.DayNumber} 天）。依据：{deadline.Basis}。", "发布日期");
        }
    }

    public static string Chinese(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
