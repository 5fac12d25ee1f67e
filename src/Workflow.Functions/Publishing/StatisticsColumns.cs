using System.Globalization;
using Workflow.Reports.Statistics;

namespace Workflow.Functions.Publishing;

/// <summary>The figures of statistics.csv and of the tables of statistics.html, in one order, with their Chinese names.</summary>
public static class StatisticsColumns
{
    public static readonly IReadOnlyList<(string Name, Func<ReportStatistics, long?> Value)> Counts =
    [
        ("本年新收申请", s => s.Received),
        ("上年结转申请", s => s.CarriedOver),
        ("予以公开", s => s.Disclosed),
        ("部分公开", s => s.PartlyDisclosed),
        ("不予公开", s => s.Withheld),
        ("无法提供", s => s.Unavailable),
        ("不予处理", s => s.NotProcessed),
        ("其他处理", s => s.OtherHandling),
        ("办结总计", s => s.Completed),
        ("结转下年度", s => s.CarriedForward),
        ("行政复议", s => s.Reconsiderations),
        ("行政复议纠正", s => s.ReconsiderationsCorrected),
        ("行政复议已审结", s => s.ReconsiderationsDecided),
        ("行政诉讼", s => s.Lawsuits),
        ("行政诉讼纠正", s => s.LawsuitsCorrected),
    ];

    public static readonly IReadOnlyList<(string Name, Func<ReportStatistics, decimal?> Value)> Ratios =
    [
        ("公开率", s => s.DisclosureRate),
        ("无法提供占比", s => s.UnavailableShare),
        ("复议纠错率", s => s.CorrectionRate),
        ("结转率", s => s.CarryForwardRate),
    ];

    /// <summary>A ratio as the CSV writes it: a fraction with four decimals (0.8125), blank when undefined.</summary>
    public static string Fraction(decimal? ratio) => ratio?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A ratio as pages show it: a percentage with one decimal (81.3%), "—" when undefined.</summary>
    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Count(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
