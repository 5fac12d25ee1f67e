namespace Workflow.Reports.Region;

/// <summary>The countable cells of table 二 added up, like report.json's <c>sections.proactive.cells</c>.</summary>
public sealed record ProactiveSums(IReadOnlyList<ProactiveSum> Cells);
