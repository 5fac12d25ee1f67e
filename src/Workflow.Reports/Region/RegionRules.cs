using System.Globalization;
using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Region;

/// <summary>
/// H-SUM (warning): a government whose report covers its region is compared, cell by cell, with the sum of its members'
/// approved reports. A gap is a warning, never an error: members approve at different times and a government may
/// count a case once that two departments both report. Each finding names both numbers and the members that wrote a
/// number in the cell, so the 政务公开办 knows whom to ask.
/// </summary>
public static class RegionRules
{
    public const string RuleId = "H-SUM";

    /// <param name="own">The government's report.</param>
    /// <param name="members">The members' approved reports that were added up.</param>
    /// <param name="pending">Names of the members without an approved report: the sum lacks them.</param>
    public static IReadOnlyList<Finding> Check(AnnualReport own, IReadOnlyList<RegionReport> members, IReadOnlyList<string> pending)
    {
        var missing = pending.Count == 0 ? "" : $"尚未批准、未计入合计：{string.Join("、", pending)}。";
        if (members.Count == 0)
        {
            return [new Finding(RuleId, Severity.Info, $"本级报告覆盖本行政区域，但所属单位尚无已批准的报告，未作汇总比对。{missing}", "三")];
        }

        var sums = RegionSums.Of(members);
        var findings = new List<Finding>();
        var requests = own.Sections.Requests;
        var layout = ReportTemplate.RequestRowsFor(requests.Rows);
        foreach (var row in layout)
        {
            if (!sums.Requests.Rows.TryGetValue(row.Key, out var summed))
            {
                continue;
            }
            for (var c = 0; c < ReportTemplate.RequestColumns.Count; c++)
            {
                var column = ReportTemplate.RequestColumns[c];
                var label = $"“{(row.Group is null ? row.Label : row.Group + row.Label)}”{column}";
                Compare(findings, label, $"三/{row.Key}/{column}", requests.Cell(row.Key, c), summed[c],
                    members.Select(m => (m.AgencyName, (decimal?)m.Report.Sections.Requests.Cell(row.Key, c))), missing);
            }
        }

        var appeals = own.Sections.Appeals.Values;
        for (var i = 0; i < sums.Appeals.Values.Count; i++)
        {
            var column = ReportTemplate.AppealColumn(i);
            var index = i;
            Compare(findings, $"第四部分“{column}”", $"四/{column}", index < appeals.Count ? appeals[index] : null, sums.Appeals.Values[i],
                members.Select(m => (m.AgencyName, index < m.Report.Sections.Appeals.Values.Count ? (decimal?)m.Report.Sections.Appeals.Values[index] : null)), missing);
        }

        foreach (var sum in sums.Proactive.Cells)
        {
            var cell = own.Sections.Proactive.Find(sum.Clause, sum.Row, sum.Column);
            Compare(findings, $"第二部分第二十条第（{sum.Clause}）项“{sum.Row}”{sum.Column}", $"二/{sum.Clause}/{sum.Row}/{sum.Column}",
                cell?.Value, sum.Value,
                members.Select(m => (m.AgencyName, m.Report.Sections.Proactive.Find(sum.Clause, sum.Row, sum.Column) is { } c && RegionSums.IsCountable(c) ? c.Value : null)),
                missing);
        }

        return findings;
    }

    private static void Compare(List<Finding> findings, string label, string location, decimal? own, decimal? sum,
        IEnumerable<(string Name, decimal? Value)> contributions, string missing)
    {
        if ((own ?? 0) == (sum ?? 0))
        {
            return;
        }
        var contributors = contributions.Where(c => c.Value is not null and not 0).Select(c => $"{c.Name} {Format(c.Value!.Value)}").ToList();
        var from = contributors.Count == 0 ? "各所属单位均未填报" : string.Join("、", contributors);
        findings.Add(new Finding(RuleId, Severity.Warning,
            $"本级报告{label}为 {(own is { } o ? Format(o) : "空白")}，所属单位已批准报告合计为 {Format(sum ?? 0)}（{from}）。{missing}",
            location));
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
