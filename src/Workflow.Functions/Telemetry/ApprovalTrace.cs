using System.Diagnostics;

namespace Workflow.Functions.Telemetry;

/// <summary>
/// Carries the trace of an approval to the publication it sets off. The blob trigger starts from a storage event that
/// knows nothing of the request that wrote the blob, so the writer stamps its W3C <c>traceparent</c> on the approved
/// blob's metadata and the publication continues that trace, linked to the trigger's own invocation.
/// </summary>
public static class ApprovalTrace
{
    public const string MetadataKey = "traceparent";

    public const string PublicationSpan = "publish approved report";

    /// <summary>The metadata to write with an approved blob: the current span's traceparent, or none outside a trace.</summary>
    public static IDictionary<string, string>? Metadata() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id } ? new Dictionary<string, string> { [MetadataKey] = id } : null;

    /// <summary>
    /// The publication's span, a child of the approval that wrote <paramref name="traceParent"/> (when it is a valid
    /// traceparent) and linked to the span current at the trigger; null when nobody listens.
    /// </summary>
    public static Activity? StartPublication(string? traceParent, int year, string agencyId)
    {
        var trigger = Activity.Current?.Context;
        ActivityContext.TryParse(traceParent, null, out var approval);
        var activity = WorkflowTelemetry.Source.StartActivity(
            PublicationSpan,
            ActivityKind.Consumer,
            approval,
            tags: [new("workflow.report.year", year), new("workflow.agency.id", agencyId)],
            links: trigger is { } context && context != default ? [new ActivityLink(context)] : null);
        return activity;
    }
}
