namespace Workflow.Reports.Model;

/// <summary>
/// Section 四: 15 values, 行政复议, 未经复议直接起诉, 复议后起诉, each as 维持, 纠正, 其他, 尚未审结, 总计.
/// </summary>
public sealed record AppealsSection(string Text, IReadOnlyList<long?> Values);
