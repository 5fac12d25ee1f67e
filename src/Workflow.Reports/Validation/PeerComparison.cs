using System.Globalization;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// P-PEER info: within a region, a report's key figures against its peers' (the same year's reports of agencies of the
/// same kind; the caller chooses the region). Pure: no storage, no clock. A figure far from the peers may be real (the
/// one department that handles land files), so it is only ever information, with the peers' median and how far off
/// the figure is:
/// <list type="bullet">
/// <item>本年新收申请 at least <see cref="CountFactor"/> times the peers' median (and <see cref="MinimumCountGap"/> more),
/// or at most a <see cref="CountFactor"/>th of a median of at least <see cref="MinimumCountGap"/>;</item>
/// <item>公开率 ((予以公开 + 部分公开) / 办结) and 无法提供占比 (无法提供 / 办结), when this report and each peer counted has
/// at least <see cref="MinimumHandled"/> applications 办结, <see cref="RatioGap"/> or more from the median;</item>
/// <item>复议纠错率 (结果纠正 / 已审结), with at least <see cref="MinimumDecidedAppeals"/> decided cases, likewise.</item>
/// </list>
/// A figure is compared only with at least <see cref="MinimumPeers"/> peers that have it.
/// </summary>
public static class PeerComparison
{
    public const string RuleId = "P-PEER";

    public const int MinimumPeers = 4;
    public const decimal CountFactor = 5;
    public const decimal MinimumCountGap = 20;
    public const long MinimumHandled = 10;
    public const long MinimumDecidedAppeals = 5;
    public const decimal RatioGap = 0.3m;

    private const int Total = ReportTemplate.TotalColumn;

    private sealed record Ratio(string Name, string Location, Func<AnnualReport, decimal?> Measure);

    private static readonly Ratio[] Ratios =
    [
        new("公开率（予以公开与部分公开占办结数）", "三/公开率", r => Share(r, ["G1", "G2"])),
        new("无法提供占比（无法提供占办结数）", "三/无法提供占比", r => Share(r, ["U1", "U2", "U3"])),
        new("行政复议纠错率（结果纠正占已审结数）", "四/行政复议/纠错率", CorrectedShare),
    ];

    private static readonly Func<AnnualReport, decimal?> Received = r => RowTotal(r.Sections.Requests, "R1");

    /// <summary>
    /// The P-PEER findings of <paramref name="report"/> among <paramref name="peers"/>: reports of other agencies of
    /// the same kind for the same year; others in the list (the report itself, another year, another kind) are ignored.
    /// </summary>
    public static IReadOnlyList<Finding> Check(AnnualReport report, IEnumerable<AnnualReport> peers)
    {
        var same = peers
            .Where(p => p.Year == report.Year && p.Agency.Kind == report.Agency.Kind && p.Agency.Id != report.Agency.Id)
            .ToList();
        return Compare(report, measure => Median(same.Select(measure).OfType<decimal>().Order().ToList()));
    }

    /// <summary>
    /// The P-PEER findings of each report of <paramref name="region"/> (in its order) among the others of its year and kind, as
    /// <see cref="Check"/> gives them one by one, with each figure's values sorted once for the whole region (a region
    /// page of thousands of departments stays linear in its members).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Finding>> CheckEach(IReadOnlyList<AnnualReport> region)
    {
        var results = new IReadOnlyList<Finding>[region.Count];
        foreach (var group in Enumerable.Range(0, region.Count).GroupBy(i => (region[i].Year, region[i].Agency.Kind)))
        {
            var sorted = new Dictionary<Func<AnnualReport, decimal?>, List<decimal>>();
            foreach (var measure in Ratios.Select(r => r.Measure).Append(Received))
            {
                sorted[measure] = group.Select(i => measure(region[i])).OfType<decimal>().Order().ToList();
            }
            foreach (var i in group)
            {
                results[i] = Compare(region[i], measure => measure(region[i]) is { } own
                    ? Median(WithoutOne(sorted[measure], own))
                    : Median(sorted[measure]));
            }
        }
        return results;
    }

    /// <summary>The findings of a report given, for each figure, the median of its peers' values.</summary>
    private static List<Finding> Compare(AnnualReport report, Func<Func<AnnualReport, decimal?>, (decimal Median, int Count)?> peersMedian)
    {
        var kind = report.Agency.Kind == AgencyKind.Government ? "人民政府" : "政府部门";
        var findings = new List<Finding>();

        if (Received(report) is { } received && peersMedian(Received) is { } receivedPeers)
        {
            var (median, count) = receivedPeers;
            var far = (received >= median * CountFactor && received - median >= MinimumCountGap)
                || (median >= MinimumCountGap && received * CountFactor <= median);
            if (far)
            {
                var times = median > 0 ? $"，为中位数的 {Shown(received / median)} 倍" : "";
                findings.Add(new Finding(RuleId, Severity.Info,
                    $"本年新收政府信息公开申请 {Shown(received)} 件，{(received > median ? "远高于" : "远低于")}本地区同类机关（{count} 个{kind}）的中位数 {Shown(median)} 件{times}：请核实数据，如属实可在报告中说明原因。",
                    "三/R1/总计"));
            }
        }

        foreach (var ratio in Ratios)
        {
            if (ratio.Measure(report) is not { } own || peersMedian(ratio.Measure) is not { } peersRatio)
            {
                continue;
            }
            var (median, count) = peersRatio;
            if (Math.Abs(own - median) >= RatioGap)
            {
                findings.Add(new Finding(RuleId, Severity.Info,
                    $"{ratio.Name}为 {Percent(own)}，{(own > median ? "远高于" : "远低于")}本地区同类机关（{count} 个{kind}）的中位数 {Percent(median)}，相差 {Shown(Math.Round(Math.Abs(own - median) * 100, 1))} 个百分点：请核实数据，如属实可在报告中说明原因。",
                    ratio.Location));
            }
        }
        return findings;
    }

    /// <summary>The sorted values without one occurrence of <paramref name="own"/> (the report's own figure).</summary>
    private static IReadOnlyList<decimal> WithoutOne(List<decimal> sorted, decimal own)
    {
        var at = sorted.BinarySearch(own);
        return at < 0 ? sorted : new Without(sorted, at);
    }

    /// <summary>A sorted list seen without the item at one index, without copying it.</summary>
    private sealed class Without(List<decimal> items, int removed) : IReadOnlyList<decimal>
    {
        public decimal this[int index] => items[index < removed ? index : index + 1];

        public int Count => items.Count - 1;

        public IEnumerator<decimal> GetEnumerator() => items.Where((_, i) => i != removed).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The 总计 of a row, or the sum of its applicant columns when 总计 is blank; null when all are blank.</summary>
    private static long? RowTotal(RequestsSection table, string key)
    {
        if (table.Cell(key, Total) is { } total)
        {
            return total;
        }
        var parties = Enumerable.Range(0, Total).Select(c => table.Cell(key, c)).ToList();
        return parties.Any(v => v is not null) ? SumIdentity.Total(parties) : null;
    }

    private static decimal? Share(AnnualReport report, string[] keys)
    {
        var table = report.Sections.Requests;
        if (RowTotal(table, "S7") is not { } handled || handled < MinimumHandled)
        {
            return null;
        }
        var part = keys.Select(k => RowTotal(table, k)).ToList();
        return part.All(v => v is null) ? null : (decimal)SumIdentity.Total(part) / handled;
    }

    private static decimal? CorrectedShare(AnnualReport report)
    {
        var appeals = report.Sections.Appeals;
        if (appeals.Cell(AppealGroup.Reconsideration, AppealOutcome.Upheld) is not { } upheld
            || appeals.Cell(AppealGroup.Reconsideration, AppealOutcome.Corrected) is not { } corrected
            || appeals.Cell(AppealGroup.Reconsideration, AppealOutcome.Other) is not { } other)
        {
            return null;
        }
        var decided = upheld + corrected + other;
        return decided < MinimumDecidedAppeals ? null : (decimal)corrected / decided;
    }

    /// <summary>The median of sorted values and how many there are; null with fewer than <see cref="MinimumPeers"/>.</summary>
    private static (decimal Median, int Count)? Median(IReadOnlyList<decimal> known)
    {
        if (known.Count < MinimumPeers)
        {
            return null;
        }
        var middle = known.Count / 2;
        return (known.Count % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2, known.Count);
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Shown(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
