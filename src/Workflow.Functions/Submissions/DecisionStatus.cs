namespace Workflow.Functions.Submissions;

/// <summary>A decision as the status shows it; <see cref="Stage"/> is 1-based, <see cref="Decision"/> "approve" | "changes".</summary>
public sealed record DecisionStatus(int Revision, int Stage, string Reviewer, string Decision, string Comment, DateTimeOffset DecidedAt);
