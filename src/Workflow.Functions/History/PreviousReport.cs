using Workflow.Reports.Model;

namespace Workflow.Functions.History;

/// <summary>
/// Last year's report of an agency as found for the cross-year rules. <see cref="Source"/> is "container/blob",
/// recorded with each revision so that its review shows the comparison the findings were made with;
/// <see cref="Origin"/> says in Chinese where it came from (已发布, 已批准, 导入).
/// </summary>
public sealed record PreviousReport(AnnualReport Report, string Source, string Origin);
