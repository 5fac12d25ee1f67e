using Workflow.Reports.Model;
using Workflow.Reports.Statistics;

namespace Workflow.Reports.Region;

/// <summary>
/// The members' tables added up, in the shape of report.json's sections; <see cref="Members"/> are the agency ids
/// whose reports went in. A cell is null when no member wrote a number in it.
/// </summary>
public sealed record RegionSums(IReadOnlyList<string> Members, ProactiveSums Proactive, RequestSums Requests, AppealSums Appeals)
{
    private const int AppealCells = 15;

    public static RegionSums Of(IReadOnlyList<RegionReport> members)
    {
        var reports = members.Select(m => m.Report).ToList();
        return new RegionSums([.. members.Select(m => m.AgencyId)], SumProactive(reports), SumRequests(reports), SumAppeals(reports));
    }

    private static RequestSums SumRequests(IReadOnlyList<AnnualReport> reports)
    {
        var columns = ReportTemplate.RequestColumns.Count;
        // Template order first, then keys only one edition has; 2019 and 2021 reports share every other row.
        var keys = ReportTemplate.RequestRows2021.Select(r => r.Key)
            .Concat(ReportTemplate.RequestRows2019.Select(r => r.Key))
            .Distinct()
            .Where(k => reports.Any(r => r.Sections.Requests.Rows.ContainsKey(k)));
        var rows = new Dictionary<string, IReadOnlyList<long?>>();
        foreach (var key in keys)
        {
            rows[key] = [.. Enumerable.Range(0, columns).Select(c => ReportStatistics.Total(reports.Select(r => r.Sections.Requests.Cell(key, c))))];
        }
        return new RequestSums(rows);
    }

    private static AppealSums SumAppeals(IReadOnlyList<AnnualReport> reports) =>
        new([.. Enumerable.Range(0, AppealCells).Select(i => ReportStatistics.Total(reports.Select(r =>
            i < r.Sections.Appeals.Values.Count ? r.Sections.Appeals.Values[i] : null)))]);

    private static ProactiveSums SumProactive(IReadOnlyList<AnnualReport> reports)
    {
        var sums = new List<ProactiveSum>();
        var index = new Dictionary<(string, string, string), int>();
        foreach (var cell in reports.SelectMany(r => r.Sections.Proactive.Cells).Where(IsCountable))
        {
            var key = (cell.Clause, cell.Row, cell.Column);
            if (index.TryGetValue(key, out var at))
            {
                sums[at] = sums[at] with { Value = sums[at].Value + cell.Value!.Value };
            }
            else
            {
                index[key] = sums.Count;
                sums.Add(new ProactiveSum(cell.Clause, cell.Row, cell.Column, cell.Value!.Value, cell.Unit));
            }
        }
        return new ProactiveSums(sums);
    }

    /// <summary>
    /// A cell whose number adds up across agencies: counts and amounts. The 2019 template's 本年增/减 is a change,
    /// and 上一年项目数量 a stock of another year; neither is a figure of the year.
    /// </summary>
    public static bool IsCountable(ProactiveCell cell) =>
        cell.Value is not null && cell.Column is not ("本年增/减" or "上一年项目数量");
}
