using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <param name="Acknowledged">The error rule IDs the bureau acknowledged and submitted this revision over (empty when none).</param>
/// <param name="Inferred">The cells the reader did not find written in their place (empty when every cell was read as written).</param>
/// <param name="ComparedWith">"container/blob" of last year's report its findings were checked against, if any.</param>
public sealed record RevisionStatus(
    int Revision,
    string SubmissionId,
    DateTimeOffset SubmittedAt,
    string ContentSha256,
    string MediaType,
    bool Correction,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Acknowledged,
    IReadOnlyList<InferredCellView> Inferred,
    string? ComparedWith);
