using Workflow.Functions.Agencies;

namespace Workflow.Functions.Notifications;

/// <summary>The report and stage a review email is about.</summary>
public sealed record ReviewMailContext(AgencyProfile Agency, int Year, int Revision, int Stage, int StageCount, DateOnly Deadline)
{
    /// <summary>"怀仁市行政审批服务管理局2023年政府信息公开工作年度报告（第2稿）"</summary>
    public string ReportTitle => $"{Agency.Name}{Year}年政府信息公开工作年度报告（第{Revision}稿）";

    public string StageText => StageCount > 1 ? $"第{Stage + 1}级审核（共{StageCount}级）" : "审核";
}
