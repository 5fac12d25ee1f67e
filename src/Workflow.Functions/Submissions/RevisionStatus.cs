using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <param name="ComparedWith">"container/blob" of last year's report its findings were checked against, if any.</param>
public sealed record RevisionStatus(int Revision, string SubmissionId, DateTimeOffset SubmittedAt, string ContentSha256, string MediaType, bool Correction, IReadOnlyList<Finding> Findings, string? ComparedWith);
