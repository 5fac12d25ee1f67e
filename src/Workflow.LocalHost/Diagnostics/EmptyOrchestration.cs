using Microsoft.DurableTask;

namespace Workflow.LocalHost.Diagnostics;

/// <summary>
/// An orchestration that does nothing: what one instance costs the durable backend by itself (schedule, one
/// episode, completion), the floor the load test compares a report's durable cost with. Registered only by
/// the local host.
/// </summary>
public sealed class EmptyOrchestration : TaskOrchestrator<object?, object?>
{
    public const string Name = "LocalHostEmptyOrchestration";

    public override Task<object?> RunAsync(TaskOrchestrationContext context, object? input) => Task.FromResult(input);
}
