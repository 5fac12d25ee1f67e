namespace Workflow.LocalHost.Functions;

/// <summary>An [HttpTrigger] function: its route below "api/" and the HTTP methods it answers (none = all).</summary>
public sealed record HttpFunction(FunctionMethod Function, string Route, IReadOnlyList<string> Methods);
