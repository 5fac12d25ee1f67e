using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Workflow.Functions.Storage;
using Workflow.LocalHost.Configuration;

namespace Workflow.LocalHost.Diagnostics;

/// <summary>
/// Routes of the local host only (not of the function app), for the load test: the storage request counts as the
/// <see cref="StorageRequestCounter"/> instrument measured them since start (GET /localhost/metrics) and the engine's floor (POST /localhost/empty-orchestrations?count=N). Both need
/// the admin key (header X-Admin-Key), like the admin API.
/// </summary>
public static class LocalDiagnostics
{
    public const string MetricsRoute = "/localhost/metrics";
    public const string EmptyOrchestrationsRoute = "/localhost/empty-orchestrations";
    const int MaxEmptyOrchestrations = 5000;
    static readonly TimeSpan FloorBound = TimeSpan.FromMinutes(5);

    public static void MapLocalDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MetricsRoute, (HttpContext context, StorageRequestTotals counter, IConfiguration configuration) =>
        {
            if (!IsAdmin(context, configuration))
            {
                return Results.Unauthorized();
            }

            var requests = counter.Snapshot();
            return Results.Json(new { storageRequests = requests, total = requests.Values.Sum() });
        });

        endpoints.MapPost(EmptyOrchestrationsRoute, async (HttpContext context, int? count, DurableTaskClient client, StorageRequestTotals counter, IConfiguration configuration) =>
        {
            if (!IsAdmin(context, configuration))
            {
                return Results.Unauthorized();
            }

            if (count is not (> 0 and <= MaxEmptyOrchestrations))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"count 应为 1 到 {MaxEmptyOrchestrations} 之间的整数");
            }

            return Results.Json(await new EngineFloor(client, counter).RunAsync(count.Value, FloorBound, context.RequestAborted));
        });
    }

    static bool IsAdmin(HttpContext context, IConfiguration configuration) =>
        context.Request.Headers["X-Admin-Key"].ToString() is { Length: > 0 } given
        && configuration[LocalConfiguration.AdminKey] is { Length: > 0 } expected
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
