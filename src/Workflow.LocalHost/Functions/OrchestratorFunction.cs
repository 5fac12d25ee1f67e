namespace Workflow.LocalHost.Functions;

/// <summary>An [OrchestrationTrigger] function, registered with the Durable Task worker under its function name.</summary>
public sealed record OrchestratorFunction(FunctionMethod Function);
