using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Functions.Regions;
using Workflow.Reports.Model;

namespace Workflow.Functions.Season;

/// <summary>
/// GET /api/admin/season/{year} (X-Admin-Key): every registered agency and its state for the year, as JSON,
/// or as a Chinese HTML page for <c>Accept: text/html</c> or <c>?format=html</c>.
/// </summary>
public sealed class GetSeasonOverview(AgencyAuthenticator authenticator, SeasonBoard board, SeasonAgencies agencies, AdminPageLinks links)
{
    [Function(nameof(GetSeasonOverview))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/season/{year}")] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        var parsed = GetRegion.ParseYear(year);
        if (!authenticator.IsAdmin(request) && !(parsed is { } linked && links.Opens(request, AdminPageLinks.SeasonPage(linked))))
        {
            return AgencyAuthenticator.AdminRefusal();
        }
        if (ReportYears.Parse(year) is not { } reportYear)
        {
            return ApiResults.Problem(400, "年度无效", $"年度须为 {ReportYears.First} 至 {ReportYears.Last} 之间的四位数字。");
        }

        var overview = await board.GetAsync(reportYear, cancellationToken);
        if (AdminPages.WantsHtml(request))
        {
            // Each region page gets a link of its own: a season link opens the season page only.
            var regions = (await agencies.ListAsync(cancellationToken)).Select(a => a.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var regionLinks = overview.Agencies.Where(a => regions.Contains(a.AgencyId))
                .ToDictionary(a => a.AgencyId, a => links.Issue(AdminPageLinks.RegionPage(a.AgencyId, reportYear)).Url);
            return AdminPages.Html(SeasonOverviewPage.Render(overview, regionLinks));
        }
        return ApiResults.Json(200, overview);
    }
}
