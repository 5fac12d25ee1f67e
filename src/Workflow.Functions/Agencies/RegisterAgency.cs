using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Workflow.Functions.Http;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Reports.Model;

namespace Workflow.Functions.Agencies;

/// <summary>
/// PUT /api/admin/agencies/{agencyId} (X-Admin-Key): creates or updates an agency. A new agency gets a key,
/// shown in this answer only; an update keeps the key unless ?rotateKey=true asks for a new one.
/// </summary>
public sealed class RegisterAgency(AgencyAuthenticator authenticator, AgencyStore agencies, ReviewerChanges reviewerChanges)
{
    private const int MaxBodyBytes = 64 * 1024;

    [Function(nameof(RegisterAgency))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "admin/agencies/{agencyId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string agencyId,
        CancellationToken cancellationToken)
    {
        if (!authenticator.IsAdmin(request))
        {
            return AgencyAuthenticator.AdminRefusal();
        }

        if (!Agency.IsValidId(agencyId))
        {
            return ApiResults.Problem(400, "机关标识无效", "机关标识须为 2 至 64 个小写字母、数字或连字符。");
        }

        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return ApiResults.Problem(413, "请求过大");
        }

        AgencyRegistration? registration;
        try
        {
            registration = JsonSerializer.Deserialize<AgencyRegistration>(body, ApiResults.JsonOptions);
        }
        catch (JsonException)
        {
            registration = null;
        }

        if (registration is null)
        {
            return ApiResults.Problem(400, "请求内容不是有效的 JSON");
        }

        var (profile, error) = registration.ToProfile(agencyId);
        if (profile is null)
        {
            return ApiResults.Problem(400, "机关信息无效", error);
        }

        var before = await agencies.FindAsync(agencyId, cancellationToken);
        var exists = before is not null;
        var rotate = string.Equals(request.Query["rotateKey"], "true", StringComparison.OrdinalIgnoreCase);
        var key = !exists || rotate ? AgencyKeys.Create(agencyId) : null;
        await agencies.SaveAsync(profile, key is null ? null : AgencyKeys.Hash(key), cancellationToken);
        if (before is { } previous)
        {
            // Reviews in flight follow the new stages: reviewers added are mailed, removed ones lose their links.
            await reviewerChanges.RetellAsync(previous.Profile, profile, client, cancellationToken);
        }
        return ApiResults.Json(exists ? 200 : 201, new { agencyId, apiKey = key });
    }
}
