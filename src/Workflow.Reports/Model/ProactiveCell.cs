namespace Workflow.Reports.Model;

/// <summary>
/// One value of table 二. <see cref="Raw"/> keeps what was written ("15098件", "增15", "—");
/// <see cref="Value"/> is the parsed number (null when blank or not a number) and <see cref="Unit"/> its unit.
/// </summary>
public sealed record ProactiveCell(string Clause, string Row, string Column, string Raw, decimal? Value, string? Unit);
