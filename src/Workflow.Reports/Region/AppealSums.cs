namespace Workflow.Reports.Region;

/// <summary>Table 四 added up, like report.json's <c>sections.appeals.values</c>.</summary>
public sealed record AppealSums(IReadOnlyList<long?> Values);
