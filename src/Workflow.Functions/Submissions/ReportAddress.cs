using Workflow.Functions.Http;
using Workflow.Reports.Model;

namespace Workflow.Functions.Submissions;

/// <summary>
/// Checks the {agencyId} and {year} of a report route before anything else: ids that are not slugs
/// (path-like "../x", upper case, too long) are not found; years outside 2008..this year are bad requests.
/// </summary>
public static class ReportAddress
{
    public static (ApiResponse? Refusal, int Year) Check(string agencyId, string year, DateTimeOffset now)
    {
        if (!Agency.IsValidId(agencyId))
        {
            return (ApiResults.Problem(404, "找不到该机关", "机关标识须为 2 至 64 个小写字母、数字或连字符。"), 0);
        }

        return SubmissionRules.ParseYear(year, now) is { } value
            ? (null, value)
            : (ApiResults.Problem(400, "年度无效", $"年度须为 {SubmissionRules.FirstYear} 年至今年之间的四位数字。"), 0);
    }
}
