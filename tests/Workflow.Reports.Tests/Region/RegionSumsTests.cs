using CsCheck;
using Workflow.Reports.Model;
using Workflow.Reports.Region;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Tests.Validation;

namespace Workflow.Reports.Tests.Region;

public sealed class RegionSumsTests
{
    [Fact]
    public void Every_cell_of_tables_three_and_four_is_the_sum_of_the_members_cells()
    {
        Gen.Select(ConsistentReports.Gen, ConsistentReports.Gen, ConsistentReports.Gen).Sample((a, b, c) =>
        {
            var sums = RegionSums.Of([new("a", "甲", a), new("b", "乙", b), new("c", "丙", c)]);

            foreach (var (key, cells) in sums.Requests.Rows)
            {
                for (var column = 0; column < cells.Count; column++)
                {
                    Assert.Equal(a.Sections.Requests.Cell(key, column) + b.Sections.Requests.Cell(key, column) + c.Sections.Requests.Cell(key, column), cells[column]);
                }
            }
            Assert.Equal(a.Sections.Requests.Rows.Keys.Order(), sums.Requests.Rows.Keys.Order());
            Assert.Equal(a.Sections.Appeals.Values.Select((v, i) => v + b.Sections.Appeals.Values[i] + c.Sections.Appeals.Values[i]), sums.Appeals.Values);
        }, iter: 100);
    }

    [Fact]
    public void A_cell_no_member_wrote_stays_blank_and_one_member_blank_does_not_blank_the_sum()
    {
        var report = ConsistentReports.Example();
        var blankInBoth = RegionSums.Of([new("a", "甲", report.WithCell("R2", 0, null)), new("b", "乙", report.WithCell("R2", 0, null))]);
        var blankInOne = RegionSums.Of([new("a", "甲", report.WithCell("R2", 0, null)), new("b", "乙", report)]);

        Assert.Null(blankInBoth.Requests.Rows["R2"][0]);
        Assert.Equal(report.Sections.Requests.Cell("R2", 0), blankInOne.Requests.Rows["R2"][0]);
    }

    [Fact]
    public void Countable_cells_of_table_two_add_up_and_the_2019_changes_do_not()
    {
        var report = ConsistentReports.Example()
            .WithProactiveCell("五", "行政许可", "本年增/减", "增15", 15, null);
        var sums = RegionSums.Of([new("a", "甲", report), new("b", "乙", report)]);

        var licences = sums.Proactive.Cells.Single(c => c.Clause == "五" && c.Row == "行政许可" && c.Column == "本年处理决定数量");
        Assert.Equal(2 * report.Sections.Proactive.Find("五", "行政许可", "本年处理决定数量")!.Value, licences.Value);
        Assert.DoesNotContain(sums.Proactive.Cells, c => c.Column == "本年增/减");
    }

    [Fact]
    public void Members_of_both_editions_are_summed_row_by_row_each_keeping_its_other_handling_rows()
    {
        var edition2021 = ConsistentReports.Example();
        var rows2019 = edition2021.Sections.Requests.Rows.Where(r => r.Key is not ("O1" or "O2" or "O3")).ToDictionary(r => r.Key, r => r.Value);
        rows2019["O"] = edition2021.Sections.Requests.Rows["O1"];
        var sums = RegionSums.Of([new("a", "甲", edition2021), new("b", "乙", edition2021.WithRows(rows2019))]);

        Assert.Equal(edition2021.Sections.Requests.Rows["O1"], sums.Requests.Rows["O"]);
        Assert.Equal(edition2021.Sections.Requests.Rows["O2"], sums.Requests.Rows["O2"]);
        Assert.Equal(2 * edition2021.Sections.Requests.Cell("R1", ReportTemplate.TotalColumn), sums.Requests.Rows["R1"][ReportTemplate.TotalColumn]);
    }
}
