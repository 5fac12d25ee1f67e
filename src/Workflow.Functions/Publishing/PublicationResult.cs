namespace Workflow.Functions.Publishing;

/// <summary>The entry as published and the public page's absolute URL.</summary>
public sealed record PublicationResult(PublicationOutcome Outcome, PublicationEntry Entry, string PageUrl);
