using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Workflow.Functions.Storage;

/// <summary>
/// Reads one <see cref="StorageRequestCounter"/> through a <see cref="MeterListener"/>, as any metrics consumer
/// would, and keeps the total per source since it started: what the local host's metrics route answers.
/// </summary>
public sealed class StorageRequestTotals : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> totals = new(StringComparer.Ordinal);

    public StorageRequestTotals(StorageRequestCounter counter)
    {
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (ReferenceEquals(instrument, counter.Instrument))
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => totals.AddOrUpdate(SourceOf(tags), value, (_, total) => total + value));
        listener.Start();
    }

    /// <summary>Requests so far per source.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(totals, StringComparer.Ordinal);

    public void Dispose() => listener.Dispose();

    private static string SourceOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == StorageRequestCounter.SourceTag && tag.Value is string source)
            {
                return source;
            }
        }
        return "unknown";
    }
}
