using Workflow.Reports.Model;
using Workflow.Reports.Reading;

namespace Workflow.Reports.Validation;

/// <summary>
/// The registered agency is the publisher.
/// <list type="bullet">
/// <item>F-AGENCY error: the agency the title names (<see cref="ReportTitle.AgencyName"/>) is not the registered
/// agency, whitespace and full-width forms aside. The report would be published under the registered agency with
/// another agency's name in its title; the bureau corrects the title, or acknowledges the finding (an agency that
/// was renamed, say) and the reviewer sees that it did.</item>
/// </list>
/// It needs the registration, so it runs at intake (not in <see cref="ReportValidator"/>, which knows only the report).
/// </summary>
public static class AgencyRules
{
    public const string RuleId = "F-AGENCY";

    public static IEnumerable<Finding> Check(AnnualReport report, string registeredName)
    {
        var named = ReportTitle.AgencyName(report.Title);
        var registered = Compact(registeredName);
        if (named is null || registered.Length == 0 || named == registered)
        {
            yield break;
        }

        yield return new Finding(RuleId, Severity.Error,
            $"标题中的机关名称“{named}”与注册的机关名称“{registeredName.Trim()}”不一致：报告将以注册机关的名义发布。"
            + "请改正标题后重新提交；如确为本机关的报告（例如机关已更名），可确认后坚持提交。",
            "标题");
    }

    private static string Compact(string text) =>
        string.Concat(ChineseText.ToHalfWidth(text).Where(c => !char.IsWhiteSpace(c)));
}
