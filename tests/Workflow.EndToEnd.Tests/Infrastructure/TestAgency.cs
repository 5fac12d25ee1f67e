namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>An agency registered for one test, with a unique id so runs and tests never share reports.</summary>
public sealed record TestAgency(string Id, string ApiKey, string Submitter, string Reviewer);
