using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Http;

namespace Workflow.Functions.Health;

/// <summary>GET /api/health: 200 when blob and table storage and the durable backend answer; 503 naming what does not.</summary>
public sealed class HealthCheck(BlobServiceClient blobs, TableServiceClient tables, ILogger<HealthCheck> logger)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    [Function(nameof(HealthCheck))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var storage = await ProbeAsync("storage", async token =>
        {
            await blobs.GetBlobContainerClient(Storage.StorageNames.DraftsContainer).ExistsAsync(token);
            await tables.GetTableClient(Storage.StorageNames.SubmissionsTable).GetEntityIfExistsAsync<TableEntity>("health", "probe", cancellationToken: token);
        }, cancellationToken);
        var durable = await ProbeAsync("durable", token => client.GetInstanceAsync("health-probe", token), cancellationToken);
        var body = new { storage = storage ? "ok" : "unreachable", durable = durable ? "ok" : "unreachable" };
        if (storage && durable)
        {
            return ApiResults.Json(200, body);
        }

        var failing = string.Join("、", new[] { storage ? null : "存储（storage）", durable ? null : "持久化任务后端（durable）" }.OfType<string>());
        return ApiResults.Json(503, new { title = $"服务不可用：{failing}无法访问", body.storage, body.durable });
    }

    private async Task<bool> ProbeAsync(string name, Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await probe(timeout.Token);
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Health probe {Probe} failed", name);
            return false;
        }
    }
}
