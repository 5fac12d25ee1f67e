namespace Workflow.LoadTest;

/// <summary>An agency registered for the run: one single-reviewer review stage, one submitter.</summary>
public sealed record LoadAgency(string Id, string ApiKey, string Reviewer, string Submitter);
