using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Workflow.Functions.Storage;

/// <summary>
/// The storage requests (each attempt, retries included) of every client its policies are added to, as the
/// <c>System.Diagnostics.Metrics</c> counter <see cref="InstrumentName"/> of meter <see cref="MeterName"/>, tagged
/// with their source ("functions.blob", "durable.queue", …), so that the cost of a report in storage transactions
/// can be measured. One instance per process; the function app's own clients, the durable backend's and the blob
/// trigger listener's all share it. OpenTelemetry exports it in Azure; <see cref="StorageRequestTotals"/> reads it
/// locally (the local host's metrics route, which the load driver asks).
/// </summary>
public sealed class StorageRequestCounter : IDisposable
{
    public const string MeterName = "Workflow.Storage";
    public const string InstrumentName = "workflow.storage.requests";
    public const string SourceTag = "source";
    public const string FunctionsBlob = "functions.blob";
    public const string FunctionsTable = "functions.table";

    private readonly Meter meter;

    public StorageRequestCounter()
    {
        // A meter of this instance's own, so that a reader can tell this process's counter from another in the same process (tests).
        meter = new Meter(MeterName);
        Instrument = meter.CreateCounter<long>(InstrumentName, "{request}", "Storage requests sent, each retry included, by source.");
    }

    public Counter<long> Instrument { get; }

    /// <summary>A policy that counts every request sent through it under <paramref name="source"/>.</summary>
    public HttpPipelinePolicy PolicyFor(string source) => new CountingPolicy(Instrument, new KeyValuePair<string, object?>(SourceTag, source));

    /// <summary>Adds the counting policy to client options, after the retry policy so that every attempt counts.</summary>
    public T AddTo<T>(T options, string source) where T : ClientOptions
    {
        options.AddPolicy(PolicyFor(source), HttpPipelinePosition.PerRetry);
        return options;
    }

    public void Dispose() => meter.Dispose();

    private sealed class CountingPolicy(Counter<long> requests, KeyValuePair<string, object?> source) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => requests.Add(1, source);
    }
}
