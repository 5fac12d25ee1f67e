namespace Workflow.LocalHost.Functions;

/// <summary>A function whose trigger this host does not run (yet); listed at start-up so nobody wonders where it went.</summary>
public sealed record UnhostedFunction(FunctionMethod Function, string Trigger);
