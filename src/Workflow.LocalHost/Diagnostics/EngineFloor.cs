using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflow.Functions.Storage;

namespace Workflow.LocalHost.Diagnostics;

/// <summary>
/// Runs N empty orchestrations at once through the host's durable backend and reports the wall time and the
/// storage requests it took, per source. Completion is watched with one instance query by id prefix per
/// round, so the watching itself adds only a few requests.
/// </summary>
public sealed class EngineFloor(DurableTaskClient client, StorageRequestTotals counter)
{
    static readonly TimeSpan Round = TimeSpan.FromMilliseconds(250);

    public async Task<EngineFloorResult> RunAsync(int count, TimeSpan bound, CancellationToken cancellationToken)
    {
        var prefix = $"floor-{Guid.NewGuid():N}-";
        var before = counter.Snapshot();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken },
            async (i, ct) => await client.ScheduleNewOrchestrationInstanceAsync(
                EmptyOrchestration.Name, input: null, new StartOrchestrationOptions($"{prefix}{i:D5}"), ct));
        var scheduled = clock.Elapsed;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bound);
        var completed = 0;
        while (completed < count)
        {
            await Task.Delay(Round, timeout.Token);
            completed = await CountCompletedAsync(prefix, timeout.Token);
        }

        var elapsed = clock.Elapsed;
        var after = counter.Snapshot();
        var requests = after.ToDictionary(a => a.Key, a => a.Value - before.GetValueOrDefault(a.Key), StringComparer.Ordinal);
        return new EngineFloorResult(count, scheduled.TotalSeconds, elapsed.TotalSeconds, requests);
    }

    async Task<int> CountCompletedAsync(string prefix, CancellationToken cancellationToken)
    {
        var query = new OrchestrationQuery
        {
            InstanceIdPrefix = prefix,
            Statuses = [OrchestrationRuntimeStatus.Completed],
            PageSize = 1000,
            FetchInputsAndOutputs = false,
        };
        var completed = 0;
        await foreach (var _ in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            completed++;
        }
        return completed;
    }
}
