using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;

namespace Workflow.Functions.Regions;

/// <summary>
/// POST /api/admin/links (X-Admin-Key) with <c>{"page": "season/2023"}</c> or <c>{"page": "regions/huairen-gov/2023"}</c>:
/// a signed, expiring, read-only browser link to that page (<see cref="AdminPageLinks"/>).
/// </summary>
public sealed class IssueAdminLink(AgencyAuthenticator authenticator, AdminPageLinks links)
{
    [Function(nameof(IssueAdminLink))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/links")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!authenticator.IsAdmin(request))
        {
            return AgencyAuthenticator.AdminRefusal();
        }

        var body = await RequestBody.ReadAsync(request, 4096, cancellationToken);
        string? page = null;
        try
        {
            page = body is null ? null : JsonSerializer.Deserialize<AdminLinkRequest>(body, ApiResults.JsonOptions)?.Page;
        }
        catch (JsonException)
        {
        }

        if (page is null || !AdminPageLinks.IsPage(page))
        {
            return ApiResults.Problem(400, "页面无效", "page 须为 season/{年度} 或 regions/{机关标识}/{年度}。");
        }

        var (url, expiresAt) = links.Issue(page);
        return ApiResults.Json(200, new { page, url, expiresAt });
    }

    private sealed record AdminLinkRequest(string? Page);
}
