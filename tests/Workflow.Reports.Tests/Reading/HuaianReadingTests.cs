using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Reading;

/// <summary>淮安市人民政府 2024, pdftotext -layout: numbers in columns, wrapped labels, page footers, vertical row header.</summary>
public class HuaianReadingTests
{
    private static AnnualReport Report => RealReports.Huaian.Report;

    [Theory]
    [InlineData("R1", 3001, 53, 0, 0, 61, 4, 3119)]
    [InlineData("R2", 34, 0, 0, 0, 0, 0, 34)]
    [InlineData("G1", 1288, 21, 0, 0, 50, 3, 1362)]
    [InlineData("G2", 447, 7, 0, 0, 0, 0, 454)]
    [InlineData("D1", 2, 0, 0, 0, 0, 0, 2)]
    [InlineData("D2", 30, 1, 0, 0, 0, 0, 31)]
    [InlineData("D3", 5, 0, 0, 0, 0, 0, 5)]
    [InlineData("D4", 6, 0, 0, 0, 0, 0, 6)]
    [InlineData("D5", 7, 1, 0, 0, 0, 0, 8)]
    [InlineData("D6", 12, 0, 0, 0, 0, 0, 12)]
    [InlineData("D7", 9, 0, 0, 0, 0, 0, 9)]
    [InlineData("D8", 105, 0, 0, 0, 0, 0, 105)]
    [InlineData("U1", 746, 12, 0, 0, 10, 1, 769)]
    [InlineData("U2", 11, 0, 0, 0, 0, 0, 11)]
    [InlineData("U3", 1, 0, 0, 0, 0, 0, 1)]
    [InlineData("N1", 56, 6, 0, 0, 0, 0, 62)]
    [InlineData("N2", 25, 0, 0, 0, 0, 0, 25)]
    [InlineData("N3", 0, 0, 0, 0, 0, 0, 0)]
    [InlineData("N4", 0, 0, 0, 0, 0, 0, 0)]
    [InlineData("N5", 1, 0, 0, 0, 0, 0, 1)]
    [InlineData("O1", 67, 3, 0, 0, 1, 0, 71)]
    [InlineData("O2", 6, 0, 0, 0, 0, 0, 6)]
    [InlineData("O3", 108, 2, 0, 0, 0, 0, 110)]
    [InlineData("S7", 2932, 53, 0, 0, 61, 4, 3050)]
    [InlineData("R4", 103, 0, 0, 0, 0, 0, 103)]
    public void Huaian_request_row_has_the_values_of_the_file(string key, long a, long b, long c, long d, long e, long f, long total)
    {
        Assert.Equal(new long?[] { a, b, c, d, e, f, total }, Report.Sections.Requests.Rows[key]);
    }

    [Fact]
    public void Huaian_requests_have_the_25_rows_of_the_2021_layout_in_template_order()
    {
        Assert.Equal(ReportTemplate.RequestRows2021.Select(r => r.Key), Report.Sections.Requests.Rows.Keys);
    }

    [Fact]
    public void Huaian_appeals_have_all_15_values()
    {
        Assert.Equal(new long?[] { 72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20 }, Report.Sections.Appeals.Values);
    }

    [Fact]
    public void Huaian_reads_title_year_agency_and_edition()
    {
        Assert.Equal("淮安市人民政府2024年政府信息公开工作年度报告", Report.Title);
        Assert.Equal(2024, Report.Year);
        Assert.Equal("淮安市人民政府", Report.Agency.Name);
        Assert.Equal(AgencyKind.Government, Report.Agency.Kind);
        Assert.Equal(Edition.Format2021, Report.Edition);
    }

    [Fact]
    public void Huaian_has_no_closing_date_so_publication_date_is_unknown()
    {
        Assert.Null(Report.PublishedOn);
    }

    [Theory]
    [InlineData("一", "规章", "本年制发件数", "1")]
    [InlineData("一", "行政规范性文件", "本年废止件数", "26")]
    [InlineData("一", "行政规范性文件", "现行有效件数", "66")]
    [InlineData("五", "行政许可", "本年处理决定数量", "447228")]
    [InlineData("六", "行政处罚", "本年处理决定数量", "3985758")]
    [InlineData("六", "行政强制", "本年处理决定数量", "88283")]
    [InlineData("八", "行政事业性收费", "本年收费金额（单位：万元）", "96171.6")]
    public void Huaian_proactive_cell_has_the_value_of_the_file(string clause, string row, string column, string value)
    {
        var cell = Report.Sections.Proactive.Find(clause, row, column);

        Assert.NotNull(cell);
        Assert.Equal(value, cell.Raw);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), cell.Value);
    }

    [Fact]
    public void Huaian_reading_has_no_notes()
    {
        Assert.Empty(RealReports.Huaian.Notes);
    }

    [Fact]
    public void Huaian_page_footers_are_not_in_the_text()
    {
        Assert.DoesNotContain("-5-", Report.Sections.Problems, StringComparison.Ordinal);
        Assert.DoesNotContain("-6-", Report.Sections.Other, StringComparison.Ordinal);
        Assert.Contains("信息处理费 3940 元", Report.Sections.Other, StringComparison.Ordinal);
    }

    [Fact]
    public void Huaian_preamble_holds_the_statistics_period()
    {
        Assert.Contains("统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日", Report.Sections.Preamble, StringComparison.Ordinal);
        Assert.DoesNotContain(RealReports.Huaian.Notes, n => n.Severity == Severity.Error);
    }
}
