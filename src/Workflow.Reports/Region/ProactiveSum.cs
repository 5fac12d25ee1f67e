namespace Workflow.Reports.Region;

/// <summary>One countable cell of table 二 added up over the members that wrote a number in it.</summary>
public sealed record ProactiveSum(string Clause, string Row, string Column, decimal Value, string? Unit);
