namespace Workflow.LoadTest;

/// <summary>The host's answer to POST /localhost/empty-orchestrations: N empty orchestrations, their time and storage requests.</summary>
public sealed record EngineFloor(int Count, double ScheduledSeconds, double CompletedSeconds, Dictionary<string, long> StorageRequests)
{
    public long DurableRequests => StorageRequests.Where(r => r.Key.StartsWith("durable.", StringComparison.Ordinal)).Sum(r => r.Value);
}
