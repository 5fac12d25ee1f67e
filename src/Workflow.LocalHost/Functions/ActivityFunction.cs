namespace Workflow.LocalHost.Functions;

/// <summary>An [ActivityTrigger] function; the input is deserialized to <see cref="InputType"/> before the call.</summary>
public sealed record ActivityFunction(FunctionMethod Function, Type InputType, Type OutputType);
