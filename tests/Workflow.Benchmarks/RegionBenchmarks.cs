using BenchmarkDotNet.Attributes;
using Workflow.Functions.Publishing;
using Workflow.Functions.Regions;
using Workflow.Functions.Season;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Region;
using Workflow.Reports.Statistics;

namespace Workflow.Benchmarks;

/// <summary>
/// The statistics and region pages at the size of a province: <see cref="Agencies"/> agencies in a year, each with the
/// seed's tables (its figures scaled by its index so that no two rows are alike), two years of entries, a tenth of the
/// registered agencies unpublished. Target: each document well under a second, so that a rebuild after every
/// publication stays cheap beside the storage round trips.
/// </summary>
[MemoryDiagnoser]
public class RegionBenchmarks
{
    [Params(3000)]
    public int Agencies { get; set; }

    private IReadOnlyList<PublicationEntry> entries = [];
    private IReadOnlyList<SeasonAgency> registered = [];
    private IReadOnlyList<RegionReport> members = [];
    private RegionView view = null!;

    [GlobalSetup]
    public void Build()
    {
        var seed = new TextReportReader().Read(BenchmarkInputs.Bytes(BenchmarkInputs.Seed), ReadOptions.None).Report;
        var approved = new DateTimeOffset(2024, 1, 20, 2, 0, 0, TimeSpan.Zero);
        AnnualReport Scaled(int i) => seed with
        {
            Sections = seed.Sections with
            {
                Requests = seed.Sections.Requests with
                {
                    Rows = seed.Sections.Requests.Rows.ToDictionary(r => r.Key, r => (IReadOnlyList<long?>)[.. r.Value.Select(v => v * (i % 17 + 1))]),
                },
            },
        };
        var reports = Enumerable.Range(0, Agencies).Select(Scaled).ToList();
        entries =
        [
            .. from year in new[] { 2022, 2023 }
               from i in Enumerable.Range(0, Agencies * 9 / 10)
               select new PublicationEntry($"agency-{i:D5}", $"某县第{i}局", i % 10 == 0 ? AgencyKind.Government : AgencyKind.Department, year,
                   $"某县第{i}局{year}年政府信息公开工作年度报告", 1, approved.AddYears(year - 2023).AddMinutes(i), approved.AddYears(year - 2023).AddMinutes(i), [],
                   new string('a', 64), ReportStatistics.Of(reports[i])),
        ];
        registered = [.. Enumerable.Range(0, Agencies).Select(i => new SeasonAgency($"agency-{i:D5}", $"某县第{i}局", AgencyKind.Department, [$"a{i}@example.test"], "agency-gov"))];
        members = [.. reports.Select((r, i) => new RegionReport($"agency-{i:D5}", $"某县第{i}局", r))];
        var statuses = registered.Select((a, i) => new RegionMemberStatus(a.Id, a.Name, a.Kind, new DateOnly(2024, 1, 31),
            i % 10 == 9 ? SeasonState.NotSubmitted : SeasonState.Published, i % 10 == 9 ? "未提交" : "已发布", 1, null, [], null, null,
            approved, true, i % 10 == 9, i % 10 == 9 ? 30 : null, $"https://example.test/2023/{a.Id}/index.html")).ToList();
        var own = RegionSums.Of([members[0]]);
        view = new RegionView(2023, new DateOnly(2024, 3, 1), new RegionGovernment("agency-gov", "某县人民政府", true),
            new Dictionary<string, int> { ["已发布"] = Agencies * 9 / 10, ["未提交"] = Agencies / 10 }, Agencies / 10, statuses,
            RegionSums.Of(members), new RegionOwnFigures("已批准", 1, own.Proactive, own.Requests, own.Appeals),
            RegionRules.Check(members[0].Report, members, []),
            RegionPeerNote.Of(members));
    }

    [Benchmark]
    public string StatisticsHtml() => StatisticsPage.Render(2023, entries, registered, new DateOnly(2024, 3, 1));

    [Benchmark]
    public string StatisticsCsv() => Workflow.Functions.Publishing.StatisticsCsv.Render(2023, entries, "https://example.test/reports");

    [Benchmark]
    public string YearIndexJson() => YearIndexRenderer.Json(2023, entries, "https://example.test/reports");

    [Benchmark]
    public string RegionHtml() => RegionPage.Render(view, "https://example.test/api/admin/regions/agency-gov/2023/reminders");

    [Benchmark]
    public int RegionPeerNotes() => RegionPeerNote.Of(members).Count;

    [Benchmark]
    public int RegionSumsAndHSum() => RegionRules.Check(members[0].Report, members, []).Count;
}
