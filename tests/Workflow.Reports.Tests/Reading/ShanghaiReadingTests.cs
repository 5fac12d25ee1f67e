using Workflow.Reports.Model;

namespace Workflow.Reports.Tests.Reading;

/// <summary>上海市人民政府办公厅 2019, text extracted from HTML: " | "-separated rows, blank cells empty, path labels.</summary>
public class ShanghaiReadingTests
{
    private static AnnualReport Report => RealReports.Shanghai.Report;

    private static long? Total(string key) => Report.Sections.Requests.Cell(key, ReportTemplate.TotalColumn);

    [Fact]
    public void Shanghai_request_totals_are_read()
    {
        Assert.Equal(859, Total("R1"));
        Assert.Equal(18, Total("R2"));
        Assert.Equal(805, Total("S7"));
        Assert.Equal(72, Total("R4"));
    }

    [Fact]
    public void Shanghai_edition_is_2019()
    {
        Assert.Equal(Edition.Format2019, Report.Edition);
        Assert.Equal(ReportTemplate.RequestRows2019.Select(r => r.Key), Report.Sections.Requests.Rows.Keys);
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("G2")]
    [InlineData("D1")]
    [InlineData("U1")]
    [InlineData("N5")]
    [InlineData("O")]
    public void Shanghai_blank_total_cells_are_null_not_zero(string key)
    {
        Assert.Null(Total(key));
    }

    [Fact]
    public void Shanghai_blank_cells_inside_a_row_keep_their_column()
    {
        Assert.Equal(new long?[] { 821, 35, null, null, 2, 1, 859 }, Report.Sections.Requests.Rows["R1"]);
        Assert.Equal(new long?[] { 252, 12, null, null, 1, null, null }, Report.Sections.Requests.Rows["U1"]);
    }

    [Fact]
    public void Shanghai_appeals_keep_blank_cells_as_null()
    {
        Assert.Equal(new long?[] { 5, null, null, 2, 7, 8, null, null, 1, 9, null, null, null, null, null }, Report.Sections.Appeals.Values);
    }

    [Fact]
    public void Shanghai_purchase_amount_keeps_its_unit_in_yuan()
    {
        var cell = Report.Sections.Proactive.Find("九", "政府集中采购", "采购总金额");

        Assert.NotNull(cell);
        Assert.Equal("251000元", cell.Raw);
        Assert.Equal(251000m, cell.Value);
        Assert.Equal("元", cell.Unit);
    }

    [Fact]
    public void Shanghai_publication_date_comes_from_the_发布日期_line()
    {
        Assert.Equal(new DateOnly(2020, 1, 31), Report.PublishedOn);
        Assert.DoesNotContain("发布日期", Report.Sections.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Shanghai_agency_follows_the_year_in_the_title()
    {
        Assert.Equal("上海市人民政府办公厅", Report.Agency.Name);
        Assert.Equal(2019, Report.Year);
    }

    [Fact]
    public void Shanghai_heading_five_with_政府信息公开工作_starts_the_problems()
    {
        Assert.StartsWith("（一）主要问题", Report.Sections.Problems, StringComparison.Ordinal);
        Assert.Equal("无。", Report.Sections.Other);
    }

    [Fact]
    public void Shanghai_2019_proactive_tables_have_their_2019_columns()
    {
        Assert.Equal(0m, Report.Sections.Proactive.Find("五", "其他对外管理服务事项", "本年增/减")?.Value);
        Assert.Equal(524m, Report.Sections.Proactive.Find("一", "规章", "对外公开总数量")?.Value);
    }
}
