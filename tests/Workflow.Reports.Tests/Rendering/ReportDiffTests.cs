using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Reports.Tests.Rendering;

public class ReportDiffTests
{
    [Fact]
    public void Identical_revisions_have_no_changes()
    {
        Assert.Empty(ReportDiff.Compare(SampleReports.Consistent2021(), SampleReports.Consistent2021()));
    }

    [Fact]
    public void Changed_request_cell_is_located_by_row_key_and_column()
    {
        var before = SampleReports.Consistent2021();
        var after = before.WithRequestCell("R1", ReportTemplate.TotalColumn, 5);

        var change = Assert.Single(ReportDiff.Compare(before, after));

        Assert.Equal(new ReportChange(ReportChangeKind.Cell, "三/R1/总计", "三 一、本年新收政府信息公开申请数量 总计", "4", "5"), change);
    }

    [Fact]
    public void Blanked_request_cell_has_no_new_value()
    {
        var before = SampleReports.Consistent2021();
        var after = before.WithRequestCell("D3", 1, null);

        var change = Assert.Single(ReportDiff.Compare(before, after));

        Assert.Equal(("三/D3/商业企业", "0", (string?)null), (change.Location, change.OldValue, change.NewValue));
        Assert.Contains("（三）不予公开", change.Label);
    }

    [Fact]
    public void Changed_appeal_value_is_located_by_group_and_outcome()
    {
        var before = SampleReports.Consistent2021();
        var after = before.WithAppeal(9, 2);

        var change = Assert.Single(ReportDiff.Compare(before, after));

        Assert.Equal(("四/未经复议直接起诉/总计", "1", "2"), (change.Location, change.OldValue, change.NewValue));
    }

    [Fact]
    public void Changed_proactive_cell_shows_what_was_written()
    {
        var before = SampleReports.Consistent2021();
        var after = before.WithProactiveRaw("五", "行政许可", "本年处理决定数量", "15100件", 15100);

        var change = Assert.Single(ReportDiff.Compare(before, after));

        Assert.Equal(("二/五/行政许可/本年处理决定数量", "15098件", "15100件"), (change.Location, change.OldValue, change.NewValue));
    }

    [Fact]
    public void Switching_table_layout_reports_the_rows_removed_and_added()
    {
        var before = SampleReports.Consistent2019();
        var after = SampleReports.Consistent2021() with { Sections = before.Sections with { Requests = SampleReports.Consistent2021().Sections.Requests } };

        var locations = ReportDiff.Compare(before, after).Where(c => c.Kind == ReportChangeKind.Cell).Select(c => c.Location).ToList();

        Assert.Contains("三/O/总计", locations);
        Assert.Contains("三/O3/自然人", locations);
        Assert.Equal(4 * 7, locations.Count);
    }

    [Fact]
    public void Changed_metadata_is_reported_by_field()
    {
        var before = SampleReports.Consistent2021();
        var after = before with { Title = "新标题", PublishedOn = new DateOnly(2024, 1, 20) };

        var changes = ReportDiff.Compare(before, after);

        Assert.Equal(["title", "publishedOn"], changes.Select(c => c.Location));
        Assert.All(changes, c => Assert.Equal(ReportChangeKind.Metadata, c.Kind));
        Assert.Equal(("2024-01-15", "2024-01-20"), (changes[1].OldValue, changes[1].NewValue));
    }

    [Fact]
    public void Changed_section_text_is_reported_by_part()
    {
        var before = SampleReports.Consistent2021();
        var after = before with { Sections = before.Sections with { Problems = "信息公开资源整合有待进一步优化。" } };

        var change = Assert.Single(ReportDiff.Compare(before, after));

        Assert.Equal((ReportChangeKind.Text, "五", "五、存在的主要问题及改进情况"), (change.Kind, change.Location, change.Label));
        Assert.Equal("信息公开资源整合有待进一步优化。", change.NewValue);
    }

    [Fact]
    public void Line_endings_and_blank_lines_are_not_text_changes()
    {
        var before = SampleReports.Consistent2021();
        var after = before.WithOverview(before.Sections.Overview.Replace("\n", "\r\n\r\n  ", StringComparison.Ordinal));

        Assert.Empty(ReportDiff.Compare(before, after));
    }

    [Fact]
    public void Key_figures_read_the_totals()
    {
        var figures = KeyFigures.Of(SampleReports.Consistent2021());

        Assert.Equal(new KeyFigures(2023, 4, 1, 4, 1, 3, 1, 1, 15098, 7), figures);
    }

    [Fact]
    public void Key_figures_read_the_2019_decision_column()
    {
        Assert.Equal(120, KeyFigures.Of(SampleReports.Consistent2019()).Licensing);
    }

    [Fact]
    public void Key_figures_compared_with_last_year_give_difference_and_ratio()
    {
        var lastYear = KeyFigures.Of(SampleReports.Consistent2021());
        var thisYear = lastYear with { Year = 2024, RequestsReceived = 10, Penalties = 0 };

        var comparison = thisYear.ComparedWith(lastYear);

        var received = comparison.Single(c => c.Key == "R1");
        Assert.Equal((10m, 4m, 6m, 2.5m), (received.Current, received.Previous, received.Difference, received.Ratio));
        Assert.Equal(-7m, comparison.Single(c => c.Key == "PENALTIES").Difference);
    }

    [Fact]
    public void Key_figure_ratio_is_unknown_when_last_year_was_zero()
    {
        var change = new KeyFigureChange("R1", "本年新收政府信息公开申请", 5, 0);

        Assert.Null(change.Ratio);
        Assert.Equal(5m, change.Difference);
    }
}
