namespace Workflow.Functions.Storage;

/// <summary>The Chinese names the API and pages show for <see cref="ReportState"/>.</summary>
public static class ReportStateNames
{
    public static string Chinese(ReportState state) => state switch
    {
        ReportState.Reviewing => "审核中",
        ReportState.ChangesRequested => "退回修改",
        ReportState.Approved => "已批准",
        ReportState.Published => "已发布",
        ReportState.Withdrawn => "已撤回",
        ReportState.NotSubmitted => "未提交",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
