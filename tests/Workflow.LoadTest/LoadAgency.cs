namespace Workflow.LoadTest;

/// <summary>An agency registered for the run: one single-reviewer review stage.</summary>
public sealed record LoadAgency(string Id, string ApiKey, string Reviewer);
