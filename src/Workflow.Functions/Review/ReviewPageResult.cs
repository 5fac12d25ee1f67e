namespace Workflow.Functions.Review;

/// <summary>An HTML page and its status code, as the review link endpoints answer.</summary>
public sealed record ReviewPageResult(int Status, string Html);
