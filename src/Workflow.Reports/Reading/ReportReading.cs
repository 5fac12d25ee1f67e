using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading;

/// <summary>
/// What a reader made of an input: the canonical report, the findings only the written form shows (truncated
/// headers, unreadable or blank cells, missing tables), and the cells whose value was not read as written.
/// Every cell not listed in <see cref="Inferred"/> was read as written.
/// </summary>
public sealed record ReportReading(AnnualReport Report, IReadOnlyList<Finding> Notes, IReadOnlyList<InferredCell> Inferred)
{
    public ReportReading(AnnualReport report, IReadOnlyList<Finding> notes)
        : this(report, notes, [])
    {
    }
}
