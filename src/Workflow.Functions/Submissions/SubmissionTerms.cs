namespace Workflow.Functions.Submissions;

/// <summary>
/// What the bureau asked for with a draft: <see cref="Correction"/> of an approved or published report
/// (?correction=true), and the error rule IDs it acknowledges and submits over (?acknowledge=T3-BAL,T4-REV).
/// </summary>
public sealed record SubmissionTerms(bool Correction = false, IReadOnlyCollection<string>? Acknowledge = null)
{
    public IReadOnlyCollection<string> AcknowledgedRules => Acknowledge ?? [];
}
