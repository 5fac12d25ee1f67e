namespace Workflow.Functions.Review;

/// <summary>One decision in the approval record of approved/{year}/{agencyId}.json (stage is 1-based).</summary>
public sealed record ApprovalDecision(int Stage, string Reviewer, string Decision, string Comment, DateTimeOffset DecidedAt);
