using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;

namespace Workflow.Functions.Notifications;

/// <summary>
/// PUT /api/admin/subscriptions adds, DELETE removes (X-Admin-Key) an address that gets the "已发布" mail of
/// one agency (<c>{"email": "..", "agencyId": ".."}</c>) or of all agencies (no agencyId).
/// </summary>
public sealed class ManageSubscriptions(AgencyAuthenticator authenticator, SubscriptionStore subscriptions)
{
    private const int MaxBodyBytes = 4 * 1024;

    [Function(nameof(ManageSubscriptions))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", "delete", Route = "admin/subscriptions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!authenticator.IsAdmin(request))
        {
            return AgencyAuthenticator.AdminRefusal();
        }

        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return ApiResults.Problem(413, "请求过大");
        }

        SubscriptionRequest? subscription;
        try
        {
            subscription = JsonSerializer.Deserialize<SubscriptionRequest>(body, ApiResults.JsonOptions);
        }
        catch (JsonException)
        {
            subscription = null;
        }
        if (subscription is null)
        {
            return ApiResults.Problem(400, "请求内容不是有效的 JSON");
        }
        if (subscription.Problem() is { } problem)
        {
            return ApiResults.Problem(400, "订阅信息无效", problem);
        }

        var email = subscription.Email!.Trim().ToLowerInvariant();
        var scope = subscription.AgencyId ?? "全部机关";
        if (HttpMethods.IsDelete(request.Method))
        {
            return await subscriptions.RemoveAsync(email, subscription.AgencyId, cancellationToken)
                ? new ApiResponse(204, "text/plain; charset=utf-8", "")
                : ApiResults.Problem(404, "没有该订阅");
        }

        await subscriptions.AddAsync(email, subscription.AgencyId, cancellationToken);
        return ApiResults.Json(200, new { email, agencyId = subscription.AgencyId, scope });
    }
}
