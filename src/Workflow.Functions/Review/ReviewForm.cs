namespace Workflow.Functions.Review;

/// <summary>The fields posted by the review page: decision ("approve" | "changes"), comment, form (page token).</summary>
public sealed record ReviewForm(string? Decision, string? Comment, string? FormToken);
