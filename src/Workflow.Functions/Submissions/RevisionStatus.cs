using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

public sealed record RevisionStatus(int Revision, string SubmissionId, DateTimeOffset SubmittedAt, string ContentSha256, string MediaType, bool Correction, IReadOnlyList<Finding> Findings);
