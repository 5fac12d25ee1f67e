using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Workflow.Functions.Storage;

/// <summary>
/// Counts the storage requests (each attempt, retries included) of every client its policies are added to,
/// per source ("functions.blob", "durable.queue", …), so that the cost of a report in storage transactions can
/// be measured. One instance per process; the function app's own clients, the durable backend's and the blob
/// trigger listener's all share it.
/// </summary>
public sealed class StorageRequestCounter
{
    public const string FunctionsBlob = "functions.blob";
    public const string FunctionsTable = "functions.table";

    private readonly ConcurrentDictionary<string, Count> counts = new(StringComparer.Ordinal);

    /// <summary>A policy that counts every request sent through it under <paramref name="source"/>.</summary>
    public HttpPipelinePolicy PolicyFor(string source) => new CountingPolicy(counts.GetOrAdd(source, _ => new Count()));

    /// <summary>Adds the counting policy to client options, after the retry policy so that every attempt counts.</summary>
    public T AddTo<T>(T options, string source) where T : ClientOptions
    {
        options.AddPolicy(PolicyFor(source), HttpPipelinePosition.PerRetry);
        return options;
    }

    /// <summary>Requests so far per source.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() =>
        counts.ToDictionary(c => c.Key, c => Interlocked.Read(ref c.Value.Value), StringComparer.Ordinal);

    private sealed class Count
    {
        public long Value;
    }

    private sealed class CountingPolicy(Count count) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count.Value);
    }
}
