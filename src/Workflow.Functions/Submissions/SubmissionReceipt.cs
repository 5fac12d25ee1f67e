using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// The 202 answer to a submission. <see cref="Repeated"/>: the same report (by its canonical JSON, whatever its bytes) was submitted before; nothing new was stored.
/// <see cref="Acknowledged"/>: the error rule IDs the bureau acknowledged and submitted over (empty when none).
/// <see cref="Inferred"/>: the cells the reader did not find written in their place (empty when every cell was read as written).
/// <see cref="ComparedWith"/>: "container/blob" of last year's report the cross-year rules used, null when none was found.
/// </summary>
public sealed record SubmissionReceipt(
    string SubmissionId,
    int Revision,
    bool Repeated,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Acknowledged,
    IReadOnlyList<InferredCellView> Inferred,
    string StatusUrl,
    string? ComparedWith);
