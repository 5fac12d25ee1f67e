using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading;

/// <summary>
/// What a reader made of an input: the canonical report and the findings only the written form shows
/// (truncated headers, unreadable or blank cells, missing tables).
/// </summary>
public sealed record ReportReading(AnnualReport Report, IReadOnlyList<Finding> Notes);
