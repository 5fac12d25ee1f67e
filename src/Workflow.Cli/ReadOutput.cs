using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Cli;

/// <summary>The JSON that <c>read FILE --json</c> prints.</summary>
public sealed record ReadOutput(AnnualReport Report, IReadOnlyList<Finding> Findings);
