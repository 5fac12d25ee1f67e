using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Reports.Model;

namespace Workflow.Functions.Season;

/// <summary>
/// GET /api/admin/season/{year} (X-Admin-Key): every registered agency and its state for the year, as JSON,
/// or as a Chinese HTML page for <c>Accept: text/html</c> or <c>?format=html</c>.
/// </summary>
public sealed class GetSeasonOverview(AgencyAuthenticator authenticator, SeasonBoard board)
{
    [Function(nameof(GetSeasonOverview))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/season/{year}")] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        if (!authenticator.IsAdmin(request))
        {
            return AgencyAuthenticator.AdminRefusal();
        }
        if (ReportYears.Parse(year) is not { } reportYear)
        {
            return ApiResults.Problem(400, "年度无效", $"年度须为 {ReportYears.First} 至 {ReportYears.Last} 之间的四位数字。");
        }

        var overview = await board.GetAsync(reportYear, cancellationToken);
        if (WantsHtml(request))
        {
            return new ContentResult { StatusCode = 200, ContentType = "text/html; charset=utf-8", Content = SeasonOverviewPage.Render(overview) };
        }
        return ApiResults.Json(200, overview);
    }

    private static bool WantsHtml(HttpRequest request) =>
        string.Equals(request.Query["format"], "html", StringComparison.OrdinalIgnoreCase)
        || (!string.Equals(request.Query["format"], "json", StringComparison.OrdinalIgnoreCase)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase));
}
