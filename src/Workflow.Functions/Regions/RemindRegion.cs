using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Reports.Model;

namespace Workflow.Functions.Regions;

/// <summary>
/// POST /api/admin/regions/{agencyId}/{year}/reminders (X-Admin-Key; a signed page link is not enough, it only reads):
/// reminds every member of the region that has not submitted (<see cref="RegionReminders"/>).
/// </summary>
public sealed class RemindRegion(AgencyAuthenticator authenticator, AgencyStore agencies, RegionReminders reminders)
{
    public static string Url(string apiBaseUrl, string agencyId, int year) => $"{apiBaseUrl.TrimEnd('/')}/api/admin/regions/{agencyId}/{year}/reminders";

    [Function(nameof(RemindRegion))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/regions/{agencyId}/{year}/reminders")] HttpRequest request,
        string agencyId,
        string year,
        CancellationToken cancellationToken)
    {
        if (!authenticator.IsAdmin(request))
        {
            return AgencyAuthenticator.AdminRefusal();
        }
        if (!Agency.IsValidId(agencyId) || GetRegion.ParseYear(year) is not { } reportYear)
        {
            return ApiResults.Problem(400, "地址无效", "机关标识须为 2 至 64 个小写字母、数字或连字符，年度须为 2008 至 2100 之间的四位数字。");
        }
        if (await agencies.GetAsync(agencyId, cancellationToken) is null)
        {
            return ApiResults.Problem(404, "未登记的单位", $"{agencyId} 未登记。");
        }

        var (reminded, sent) = await reminders.SendAsync(agencyId, reportYear, cancellationToken);
        return ApiResults.Json(200, new { agencyId, year = reportYear, reminded, sent });
    }
}
