using Microsoft.AspNetCore.Http;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Reports.Model;

namespace Workflow.Functions.Submissions;

/// <summary>
/// Checks the {agencyId} and {year} of a report route before anything else: ids that are not slugs
/// (path-like "../x", upper case, too long) are not found; years outside 2008..this year (<see cref="SubmissionRules.ParseYear"/>) are bad requests.
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
            : (ApiResults.Problem(400, "年度无效", $"年度须为 {ReportYears.First} 年至今年之间的四位数字。"), 0);
    }

    /// <summary>
    /// <see cref="Check"/>, then the caller's X-Agency-Key for that agency: what every route under
    /// agencies/{agencyId}/reports/{year} does first. <c>Agency</c> is set when nothing is refused.
    /// </summary>
    public static async Task<(ApiResponse? Refusal, AgencyProfile? Agency, int Year)> AuthorizeAsync(
        AgencyAuthenticator authenticator, HttpRequest request, string agencyId, string year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (refusal, reportYear) = Check(agencyId, year, now);
        if (refusal is not null)
        {
            return (refusal, null, 0);
        }

        var access = await authenticator.AuthorizeAsync(request, agencyId, cancellationToken);
        return access.Outcome == AccessOutcome.Granted ? (null, access.Agency, reportYear) : (access.Refusal(), null, 0);
    }
}
