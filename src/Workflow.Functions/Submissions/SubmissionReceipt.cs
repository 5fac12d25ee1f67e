using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>The 202 answer to a submission. <see cref="Repeated"/>: the same body was submitted before; nothing new was stored.</summary>
public sealed record SubmissionReceipt(string SubmissionId, int Revision, bool Repeated, IReadOnlyList<Finding> Findings, string StatusUrl);
