namespace Workflow.LocalHost.Diagnostics;

/// <param name="Count">Empty orchestrations run.</param>
/// <param name="ScheduledSeconds">From the first schedule call to the last one's answer.</param>
/// <param name="CompletedSeconds">From the first schedule call until all were seen completed.</param>
/// <param name="StorageRequests">Storage requests during the run, per source (durable.queue, functions.blob …).</param>
public sealed record EngineFloorResult(int Count, double ScheduledSeconds, double CompletedSeconds, IReadOnlyDictionary<string, long> StorageRequests);
