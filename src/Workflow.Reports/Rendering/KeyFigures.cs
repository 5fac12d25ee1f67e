using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>
/// The handful of numbers a reviewer compares with last year: applications (三 总计 of R1, R2, S7, R4), cases
/// (四 总计 of 行政复议, 未经复议直接起诉, 复议后起诉) and decisions published under 第二十条 (行政许可, 行政处罚).
/// Null where the report has no readable value.
/// </summary>
public sealed record KeyFigures(
    int Year,
    long? RequestsReceived,
    long? RequestsCarriedOver,
    long? RequestsAnswered,
    long? RequestsCarriedForward,
    long? Reviews,
    long? DirectLitigation,
    long? LitigationAfterReview,
    decimal? Licensing,
    decimal? Penalties)
{
    /// <summary>Decision-count columns of clauses （五）（六） in the 2021 and the 2019 template.</summary>
    private static readonly string[] DecisionColumns = ["本年处理决定数量", "处理决定数量"];

    public static KeyFigures Of(AnnualReport report)
    {
        var requests = report.Sections.Requests;
        var appeals = report.Sections.Appeals.Values;
        var outcomes = ReportTemplate.AppealOutcomes.Count;
        return new KeyFigures(
            report.Year,
            requests.Cell("R1", ReportTemplate.TotalColumn),
            requests.Cell("R2", ReportTemplate.TotalColumn),
            requests.Cell("S7", ReportTemplate.TotalColumn),
            requests.Cell("R4", ReportTemplate.TotalColumn),
            Appeal(appeals, outcomes - 1),
            Appeal(appeals, 2 * outcomes - 1),
            Appeal(appeals, 3 * outcomes - 1),
            Decisions(report.Sections.Proactive, "五", "行政许可"),
            Decisions(report.Sections.Proactive, "六", "行政处罚"));
    }

    /// <summary>This year's figures next to <paramref name="previous"/>'s, in a fixed order for display.</summary>
    public IReadOnlyList<KeyFigureChange> ComparedWith(KeyFigures previous) =>
    [
        new("R1", "本年新收政府信息公开申请", RequestsReceived, previous.RequestsReceived),
        new("R2", "上年结转政府信息公开申请", RequestsCarriedOver, previous.RequestsCarriedOver),
        new("S7", "本年度办理结果总计", RequestsAnswered, previous.RequestsAnswered),
        new("R4", "结转下年度继续办理", RequestsCarriedForward, previous.RequestsCarriedForward),
        new("REVIEW", "行政复议", Reviews, previous.Reviews),
        new("LIT-DIRECT", "未经复议直接起诉", DirectLitigation, previous.DirectLitigation),
        new("LIT-REVIEW", "复议后起诉", LitigationAfterReview, previous.LitigationAfterReview),
        new("LICENSING", "行政许可处理决定", Licensing, previous.Licensing),
        new("PENALTIES", "行政处罚处理决定", Penalties, previous.Penalties),
    ];

    private static long? Appeal(IReadOnlyList<long?> values, int index) => index < values.Count ? values[index] : null;

    private static decimal? Decisions(ProactiveSection proactive, string clause, string row) =>
        DecisionColumns.Select(column => proactive.Find(clause, row, column)?.Value).FirstOrDefault(v => v is not null);
}
