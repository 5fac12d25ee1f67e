using Workflow.Functions.Review;

namespace Workflow.Functions.Lifecycle;

/// <summary>A reviewer's recorded decision on one stage of one revision.</summary>
public sealed record Grant(string Reviewer, ReviewVerdict Verdict, DateTimeOffset At);
