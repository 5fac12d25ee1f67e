namespace Workflow.Reports.Model;

/// <summary>
/// A data row of table 三 as the template prints it. <see cref="Group"/> is the 办理结果 block label
/// ("（三）不予公开") for numbered sub-rows, null otherwise.
/// </summary>
public sealed record RequestRow(string Key, string Label, string? Group);
