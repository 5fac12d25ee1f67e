using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;

namespace Workflow.Cli;

/// <summary>
/// The JSON that <c>read FILE --json</c> prints: the report, its findings, and the cells the reader did not find
/// written in their place (<c>inferred</c>: location, value or null, basis identity | template-order | unresolved,
/// reason); every cell not listed was read as written.
/// </summary>
public sealed record ReadOutput(AnnualReport Report, IReadOnlyList<Finding> Findings, IReadOnlyList<InferredCell> Inferred);
