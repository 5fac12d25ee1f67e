using Workflow.Functions.Lifecycle;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Review;

/// <summary>
/// A stage after <see cref="StageSettlement"/>: the policy's verdict, the lifecycle's answer to its outcome (null
/// while the stage is open) and the decision rows weighed.
/// </summary>
public sealed record SettledStage(StageVerdict Verdict, Transition? Transition, IReadOnlyList<DecisionEntity> Rows)
{
    /// <summary>The outcome holds in the report's state (applied now or before).</summary>
    public bool Holds => Transition is { Holds: true };

    /// <summary>The decision rows that decided the stage, in order (the last approval needed last, or the request for changes).</summary>
    public IReadOnlyList<DecisionEntity> Deciding =>
        [.. Verdict.Deciding.Select(g => Rows.First(r => string.Equals(r.Reviewer, g.Reviewer, StringComparison.OrdinalIgnoreCase) && r.DecidedAt == g.At))];

    /// <summary>The event that tells the review about the outcome, raised by the desk or handed over by a reminder.</summary>
    public ReviewEvent? Event => Verdict.IsDecisive ? ReviewEvent.Decided(Deciding[^1], Verdict.Outcome) : null;

    public bool IsDecidedBy(string reviewer) => Verdict.Deciding.Any(g => string.Equals(g.Reviewer, reviewer, StringComparison.OrdinalIgnoreCase));
}
