namespace Workflow.LoadTest;

/// <summary>An answer of the host the load test did not expect; counted as an error of the run.</summary>
public sealed class LoadTestFailure(string message) : Exception(message);
