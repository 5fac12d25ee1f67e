using Workflow.Reports.Model;
using Workflow.Reports.Region;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Tests.Validation;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Region;

public sealed class RegionRulesTests
{
    private static readonly AnnualReport Member = ConsistentReports.Example();

    private static readonly IReadOnlyList<RegionReport> Members = [new("jiaoyu", "某县教育局", Member), new("gongan", "某县公安局", Member)];

    /// <summary>A government report that is exactly the sum of its two members.</summary>
    private static AnnualReport SumOfMembers()
    {
        var sums = RegionSums.Of(Members);
        var report = Member.WithRows(sums.Requests.Rows).WithAppeals([.. sums.Appeals.Values]);
        return report with
        {
            Sections = report.Sections with
            {
                Proactive = report.Sections.Proactive with
                {
                    Cells = [.. report.Sections.Proactive.Cells.Select(c => RegionSums.IsCountable(c) ? c with { Value = 2 * c.Value } : c)],
                },
            },
        };
    }

    [Fact]
    public void A_government_report_equal_to_the_sum_of_its_members_has_no_finding()
    {
        Assert.Empty(RegionRules.Check(SumOfMembers(), Members, []));
    }

    [Fact]
    public void A_government_R1_total_that_differs_from_the_sum_is_one_warning_with_both_numbers_and_the_members()
    {
        var sum = 2 * Member.Sections.Requests.Cell("R1", ReportTemplate.TotalColumn)!.Value;
        var own = SumOfMembers().WithCell("R1", ReportTemplate.TotalColumn, sum - 3);

        var finding = Assert.Single(RegionRules.Check(own, Members, ["某县卫生健康局"]));

        Assert.Equal(("H-SUM", Severity.Warning, "三/R1/总计"), (finding.RuleId, finding.Severity, finding.Location));
        Assert.Contains($"为 {sum - 3}，所属单位已批准报告合计为 {sum}", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"某县教育局 {sum / 2}、某县公安局 {sum / 2}", finding.Message, StringComparison.Ordinal);
        Assert.Contains("尚未批准、未计入合计：某县卫生健康局", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appeal_cell_and_a_table_two_cell_that_differ_are_located_in_their_tables()
    {
        var own = SumOfMembers().WithAppeal(4, 0);
        var licences = own.Sections.Proactive.Cells.First(c => c.Clause == "五");
        own = own with { Sections = own.Sections with { Proactive = own.Sections.Proactive with { Cells = [.. own.Sections.Proactive.Cells.Select(c => c == licences ? c with { Value = 1 } : c)] } } };

        var locations = RegionRules.Check(own, Members, []).Select(f => f.Location).ToList();

        Assert.Contains("四/行政复议/总计", locations);
        Assert.Contains($"二/五/{licences.Row}/{licences.Column}", locations);
    }

    [Fact]
    public void Without_approved_members_there_is_nothing_to_compare_and_only_a_note_says_so()
    {
        var finding = Assert.Single(RegionRules.Check(Member, [], ["某县教育局"]));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("某县教育局", finding.Message, StringComparison.Ordinal);
    }
}
