using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Reports.Model;

namespace Workflow.Functions.Regions;

/// <summary>
/// GET /api/admin/regions/{agencyId}/{year} (X-Admin-Key, or a signed link for this page from POST /api/admin/links):
/// the region under that government (<see cref="RegionView"/>) as JSON, or as a Chinese HTML page for
/// <c>Accept: text/html</c> or <c>?format=html</c>.
/// </summary>
public sealed class GetRegion(AgencyAuthenticator authenticator, AdminPageLinks links, RegionBoard board, IOptions<WorkflowOptions> options)
{
    [Function(nameof(GetRegion))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/regions/{agencyId}/{year}")] HttpRequest request,
        string agencyId,
        string year,
        CancellationToken cancellationToken)
    {
        if (!authenticator.IsAdmin(request) && !links.Opens(request, AdminPageLinks.RegionPage(agencyId, ParseYear(year) ?? 0)))
        {
            return AgencyAuthenticator.AdminRefusal();
        }
        if (!Agency.IsValidId(agencyId) || ParseYear(year) is not { } reportYear)
        {
            return ApiResults.Problem(400, "地址无效", "机关标识须为 2 至 64 个小写字母、数字或连字符，年度须为 2008 至 2100 之间的四位数字。");
        }

        if (await board.GetAsync(agencyId, reportYear, cancellationToken) is not { } view)
        {
            return ApiResults.Problem(404, "未登记的单位", $"{agencyId} 未登记。");
        }

        return AdminPages.WantsHtml(request)
            ? AdminPages.Html(RegionPage.Render(view, RemindRegion.Url(options.Value.ApiBaseUrl, agencyId, reportYear)))
            : ApiResults.Json(200, view);
    }

    public static int? ParseYear(string year) =>
        year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2008 and <= 2100 ? y : null;
}
