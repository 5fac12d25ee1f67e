namespace Workflow.Reports.Rendering;

/// <summary>
/// One difference between two revisions. <see cref="Location"/> is stable for programs ("三/R1/总计",
/// "二/五/行政许可/本年处理决定数量", "四/行政复议/总计", "title", "五"); <see cref="Label"/> says the same in Chinese
/// for reviewers. A value that is absent on one side (a cell added or removed) is null.
/// </summary>
public sealed record ReportChange(ReportChangeKind Kind, string Location, string Label, string? OldValue, string? NewValue);
