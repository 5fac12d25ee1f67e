using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Reading;

/// <summary>The seed: 怀仁市行政审批服务管理局 2023, cells one per line ending in " |", 2019 and 2021 tables mixed.</summary>
public class SeedReadingTests
{
    private static AnnualReport Report => RealReports.Seed.Report;

    [Fact]
    public void Seed_reads_agency_year_and_publication_date()
    {
        Assert.Equal("怀仁市行政审批服务管理局", Report.Agency.Name);
        Assert.Equal(AgencyKind.Department, Report.Agency.Kind);
        Assert.Equal("unknown", Report.Agency.Id);
        Assert.Equal(2023, Report.Year);
        Assert.Equal(new DateOnly(2024, 1, 15), Report.PublishedOn);
    }

    [Fact]
    public void Seed_title_is_the_first_line_without_spaces()
    {
        Assert.Equal("怀仁市行政审批服务管理局2023年政府信息公开工作年度报告", Report.Title);
    }

    [Fact]
    public void Seed_edition_is_mixed()
    {
        Assert.Equal(Edition.Mixed, Report.Edition);
    }

    [Theory]
    [InlineData("一", "规章", "本年新制作数量", "0", null)]
    [InlineData("一", "规章", "本年新公开数量", "0", null)]
    [InlineData("一", "规章", "对外公开总数量", "0", null)]
    [InlineData("一", "规范性文件", "本年新制作数量", "0", null)]
    [InlineData("一", "规范性文件", "本年新公开数量", "0", null)]
    [InlineData("一", "规范性文件", "对外公开总数量", "0", null)]
    [InlineData("五", "行政许可", "本年处理决定数量", "15098", "件")]
    [InlineData("六", "行政处罚", "本年处理决定数量", "0", null)]
    [InlineData("六", "行政强制", "本年处理决定数量", "0", null)]
    [InlineData("八", "行政事业性收费", "上一年项目数量", "0", null)]
    [InlineData("八", "行政事业性收费", "本年增/减", "0", null)]
    [InlineData("九", "政府集中采购", "采购项目数量", "9", null)]
    [InlineData("九", "政府集中采购", "采购总金额", "1887.214474", "万元")]
    public void Seed_proactive_cell_has_value_and_unit(string clause, string row, string column, string value, string? unit)
    {
        var cell = Report.Sections.Proactive.Find(clause, row, column);

        Assert.NotNull(cell);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), cell.Value);
        Assert.Equal(unit, cell.Unit);
    }

    [Fact]
    public void Seed_proactive_keeps_the_raw_text_of_cells()
    {
        Assert.Equal("15098件", Report.Sections.Proactive.Find("五", "行政许可", "本年处理决定数量")?.Raw);
        Assert.Equal("1887.214474万元", Report.Sections.Proactive.Find("九", "政府集中采购", "采购总金额")?.Raw);
    }

    [Fact]
    public void Seed_proactive_has_exactly_the_thirteen_cells_of_its_tables()
    {
        Assert.Equal(13, Report.Sections.Proactive.Cells.Count);
    }

    [Fact]
    public void Seed_requests_are_the_23_rows_of_the_2019_layout_all_zero()
    {
        var rows = Report.Sections.Requests.Rows;

        Assert.Equal(ReportTemplate.RequestRows2019.Select(r => r.Key), rows.Keys);
        Assert.All(rows.Values, row => Assert.Equal(Enumerable.Repeat<long?>(0, 7), row));
    }

    [Fact]
    public void Seed_appeals_are_15_zeros()
    {
        Assert.Equal(Enumerable.Repeat<long?>(0, 15), Report.Sections.Appeals.Values);
    }

    [Fact]
    public void Seed_notes_flag_the_truncated_header_本年新()
    {
        var notes = RealReports.Seed.Notes.Where(n => n.RuleId == "F-HDR").ToList();

        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Equal(Severity.Warning, n.Severity));
        Assert.All(notes, n => Assert.Equal("二/一/表头", n.Location));
        Assert.Contains(notes, n => n.Message.Contains("“本年新”应为“本年新制作数量”", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Message.Contains("“本年新”应为“本年新公开数量”", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_reading_has_no_error_notes()
    {
        Assert.DoesNotContain(RealReports.Seed.Notes, n => n.Severity == Severity.Error);
    }

    [Fact]
    public void Seed_preamble_listing_all_part_names_is_not_taken_for_a_heading()
    {
        Assert.StartsWith("2023年,我局严格按照政务公开要求", Report.Sections.Preamble, StringComparison.Ordinal);
        Assert.StartsWith("2023年,我局在市委、市政府的坚强领导下", Report.Sections.Overview, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_unnumbered_headings_start_their_parts()
    {
        Assert.Contains("热线共受理各类工单23864件", Report.Sections.Overview, StringComparison.Ordinal);
        Assert.StartsWith("我局2023年度政府信息公开工作制度化和规范化水平明显提升", Report.Sections.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_closing_agency_and_date_are_not_part_of_section_six()
    {
        Assert.Equal("本年度无其他需要报告的事项。", Report.Sections.Other);
    }

    [Fact]
    public void Seed_tables_leave_no_cells_in_the_free_text_of_their_sections()
    {
        Assert.Equal("", Report.Sections.Proactive.Text);
        Assert.Equal("", Report.Sections.Requests.Text);
        Assert.Equal("", Report.Sections.Appeals.Text);
    }
}
