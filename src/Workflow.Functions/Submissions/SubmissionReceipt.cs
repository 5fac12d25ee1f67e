using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// The 202 answer to a submission. <see cref="Repeated"/>: the same body was submitted before; nothing new was stored.
/// <see cref="ComparedWith"/>: "container/blob" of last year's report the cross-year rules used, null when none was found.
/// </summary>
public sealed record SubmissionReceipt(string SubmissionId, int Revision, bool Repeated, IReadOnlyList<Finding> Findings, string StatusUrl, string? ComparedWith);
