using Workflow.Reports.Model;

namespace Workflow.Reports.Statistics;

/// <summary>
/// The public figures of one report (or of several added up), read from the 总计 column of table 三 and the 总计
/// cells of table 四. A figure is null when every cell it adds is blank: "not reported" is not 0.
/// </summary>
/// <param name="Received">三 R1 本年新收.</param>
/// <param name="CarriedOver">三 R2 上年结转.</param>
/// <param name="Completed">三 S7 办理结果总计, the denominator of the handling ratios.</param>
/// <param name="CarriedForward">三 R4 结转下年度继续办理.</param>
/// <param name="Reconsiderations">四 行政复议 总计.</param>
/// <param name="ReconsiderationsDecided">四 行政复议 维持 + 纠正 + 其他结果 (已审结).</param>
/// <param name="Lawsuits">四 未经复议直接起诉 总计 + 复议后起诉 总计.</param>
public sealed record ReportStatistics(
    long? Received,
    long? CarriedOver,
    long? Disclosed,
    long? PartlyDisclosed,
    long? Withheld,
    long? Unavailable,
    long? NotProcessed,
    long? OtherHandling,
    long? Completed,
    long? CarriedForward,
    long? Reconsiderations,
    long? ReconsiderationsCorrected,
    long? ReconsiderationsDecided,
    long? Lawsuits,
    long? LawsuitsCorrected)
{
    private const int TotalColumn = ReportTemplate.TotalColumn;

    /// <summary>公开率: (予以公开 + 部分公开) / 办结.</summary>
    public decimal? DisclosureRate => Ratio(Add(Disclosed, PartlyDisclosed), Completed);

    /// <summary>无法提供占比: 无法提供 / 办结.</summary>
    public decimal? UnavailableShare => Ratio(Unavailable, Completed);

    /// <summary>复议纠错率: 纠正 / 已审结.</summary>
    public decimal? CorrectionRate => Ratio(ReconsiderationsCorrected, ReconsiderationsDecided);

    /// <summary>结转率: 结转下年度 / (本年新收 + 上年结转).</summary>
    public decimal? CarryForwardRate => Ratio(CarriedForward, Add(Received, CarriedOver));

    public static ReportStatistics Of(AnnualReport report)
    {
        var requests = report.Sections.Requests;
        var appeals = report.Sections.Appeals;
        long? Row(string key) => requests.Cell(key, TotalColumn);
        long? Rows(char prefix) => Total(requests.Rows.Keys.Where(k => k.Length >= 1 && k[0] == prefix).Select(Row));
        long? Review(AppealOutcome outcome) => appeals.Cell(AppealGroup.Reconsideration, outcome);
        long? Litigation(AppealOutcome outcome) => Total([
            appeals.Cell(AppealGroup.DirectLitigation, outcome), appeals.Cell(AppealGroup.LitigationAfterReconsideration, outcome)]);
        return new ReportStatistics(
            Row("R1"),
            Row("R2"),
            Row("G1"),
            Row("G2"),
            Rows('D'),
            Rows('U'),
            Rows('N'),
            Rows('O'),
            Row("S7"),
            Row("R4"),
            Review(AppealOutcome.Total),
            Review(AppealOutcome.Corrected),
            Total([Review(AppealOutcome.Upheld), Review(AppealOutcome.Corrected), Review(AppealOutcome.Other)]),
            Litigation(AppealOutcome.Total),
            Litigation(AppealOutcome.Corrected));
    }

    /// <summary>The figures of several reports added up (the year's totals, a region's sums).</summary>
    public static ReportStatistics Sum(IEnumerable<ReportStatistics> reports)
    {
        var all = reports.ToList();
        long? Of(Func<ReportStatistics, long?> figure) => Total(all.Select(figure));
        return new ReportStatistics(
            Of(s => s.Received), Of(s => s.CarriedOver), Of(s => s.Disclosed), Of(s => s.PartlyDisclosed), Of(s => s.Withheld),
            Of(s => s.Unavailable), Of(s => s.NotProcessed), Of(s => s.OtherHandling), Of(s => s.Completed), Of(s => s.CarriedForward),
            Of(s => s.Reconsiderations), Of(s => s.ReconsiderationsCorrected), Of(s => s.ReconsiderationsDecided), Of(s => s.Lawsuits),
            Of(s => s.LawsuitsCorrected));
    }

    /// <summary>The sum of the cells that are written; null when none is.</summary>
    public static long? Total(IEnumerable<long?> cells)
    {
        long? sum = null;
        foreach (var cell in cells)
        {
            if (cell is { } value)
            {
                sum = (sum ?? 0) + value;
            }
        }
        return sum;
    }

    private static long? Add(long? a, long? b) => Total([a, b]);

    // Four decimals: enough for a percentage with two, and the same bytes on every run.
    private static decimal? Ratio(long? part, long? whole) =>
        part is { } p && whole is > 0 and { } w ? Math.Round((decimal)p / w, 4, MidpointRounding.AwayFromZero) : null;
}
