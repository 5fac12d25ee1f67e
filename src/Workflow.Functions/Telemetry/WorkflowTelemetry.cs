using System.Diagnostics;

namespace Workflow.Functions.Telemetry;

/// <summary>
/// The app's own trace source, for the steps the Functions worker and the Durable Task SDK give no span of their own
/// (a publication started by a blob the review wrote). Span names and tags carry ids and counts, never keys, tokens
/// or report text.
/// </summary>
public static class WorkflowTelemetry
{
    public const string SourceName = "Workflow";

    /// <summary>The Durable Task SDK's source: orchestration and activity spans, parented across the gRPC hops.</summary>
    public const string DurableTaskSourceName = "Microsoft.DurableTask";

    public static readonly ActivitySource Source = new(SourceName);
}
