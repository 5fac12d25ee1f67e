using Workflow.Reports.Reading;

namespace Workflow.Functions.Submissions;

/// <summary>An accepted request body and what it is; within the size limit of its format.</summary>
public sealed record ReportUpload(byte[] Content, ReportFormat Format);
