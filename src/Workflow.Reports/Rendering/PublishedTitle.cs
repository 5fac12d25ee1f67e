using Workflow.Reports.Model;
using Workflow.Reports.Reading;

namespace Workflow.Reports.Rendering;

/// <summary>
/// The title a report is published under, which always names the publishing (registered) agency: the report's own
/// title when it names that agency (<see cref="ReportTitle.AgencyName"/>, whitespace and full-width forms aside), else
/// "&lt;机关全称&gt;&lt;YYYY&gt;年政府信息公开工作年度报告". A title naming another agency (F-AGENCY, submitted over by
/// acknowledgement) or none is never the page's title or heading.
/// </summary>
public static class PublishedTitle
{
    private const string Suffix = "政府信息公开工作年度报告";

    /// <param name="report">The report.</param>
    /// <param name="agencyName">The publishing agency's name; the report's agency when null.</param>
    public static string Of(AnnualReport report, string? agencyName = null)
    {
        var name = (agencyName ?? report.Agency.Name).Trim();
        var standard = $"{name}{report.Year}年{Suffix}";
        var title = report.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return standard;
        }

        return ReportTitle.AgencyName(title) == Compact(name) ? title : standard;
    }

    private static string Compact(string text) =>
        string.Concat(ChineseText.ToHalfWidth(text).Where(c => !char.IsWhiteSpace(c)));
}
