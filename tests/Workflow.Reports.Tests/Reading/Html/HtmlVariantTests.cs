using System.Text;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Html;

namespace Workflow.Reports.Tests.Reading.Html;

/// <summary>Pages as government sites publish them (<see cref="GovernmentPage"/>) read to the report they show.</summary>
public sealed class HtmlVariantTests
{
    private static readonly Lazy<ReportReading> Utf8Page = new(() => Read(Encoding.UTF8.GetBytes(GovernmentPage.Html())));

    private static ReportReading Read(byte[] bytes) => new HtmlReportReader().Read(bytes, ReadOptions.None);

    private static AnnualReport Report => Utf8Page.Value.Report;

    private static int RowIndex(string key) => ReportTemplate.RequestRows2021.ToList().FindIndex(r => r.Key == key);

    [Fact]
    public void Page_inside_layout_tables_reads_agency_year_and_title()
    {
        Assert.Equal(GovernmentPage.Agency, Report.Agency.Name);
        Assert.Equal(2023, Report.Year);
        Assert.Equal($"{GovernmentPage.Agency}2023年政府信息公开工作年度报告", Report.Title);
    }

    [Fact]
    public void Closing_date_is_read_although_the_site_footer_follows_it()
    {
        Assert.Equal(new DateOnly(2024, 1, 20), Report.PublishedOn);
        Assert.Equal("本年度未收取信息处理费。", Report.Sections.Other);
    }

    [Fact]
    public void Section_text_comes_from_the_paragraphs_under_each_heading()
    {
        Assert.Equal("2023年，我局认真贯彻落实《条例》，主动公开各类信息1200条。", Report.Sections.Overview);
        Assert.Equal("一是公开意识有待增强；二是解读形式较为单一。下一步将加强培训。", Report.Sections.Problems);
        Assert.Contains("统计期限为2023年1月1日至2023年12月31日", Report.Sections.Preamble);
    }

    [Fact]
    public void Every_row_of_table_three_is_found_under_half_width_bracket_labels()
    {
        Assert.Equal(ReportTemplate.RequestRows2021.Select(r => r.Key).Order(), Report.Sections.Requests.Rows.Keys.Order());
        Assert.Equal(Edition.Format2021, Report.Edition);
    }

    [Fact]
    public void Headers_split_over_paragraphs_spans_and_breaks_map_to_their_columns()
    {
        var g2 = RowIndex("G2");
        long?[] expected = [.. Enumerable.Range(0, 7).Select(c => (long?)GovernmentPage.Value(g2, c))];

        Assert.Equal(expected, Report.Sections.Requests.Rows["G2"]);
    }

    [Fact]
    public void Blank_cell_reads_as_null_not_zero()
    {
        var (row, column) = GovernmentPage.BlankCell;

        Assert.Null(Report.Sections.Requests.Rows[row][column]);
        Assert.Equal(GovernmentPage.Value(RowIndex(row), column + 1), Report.Sections.Requests.Rows[row][column + 1]);
    }

    [Fact]
    public void Proactive_tables_captioned_by_paragraphs_read_with_their_clause()
    {
        var proactive = Report.Sections.Proactive;

        Assert.Equal(15098m, proactive.Find("五", "行政许可", "本年处理决定数量")?.Value);
        Assert.Equal(1887.214474m, proactive.Find("八", "行政事业性收费", "本年收费金额（单位：万元）")?.Value);
        Assert.Equal(12m, proactive.Find("一", "行政规范性文件", "现行有效件数")?.Value);
        Assert.DoesNotContain("第二十条", proactive.Text);
    }

    [Fact]
    public void Appeals_are_read_under_headers_broken_over_lines()
    {
        long?[] expected = [1, 2, 0, 1, 4, 0, 1, 0, 0, 1, 2, 0, 0, 1, 3];

        Assert.Equal(expected, Report.Sections.Appeals.Values);
    }

    [Theory]
    [InlineData("<meta charset=\"gbk\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")]
    public void Gbk_page_is_decoded_from_its_charset_declaration(string declaration)
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes(GovernmentPage.Html(declaration));

        var report = Read(bytes).Report;

        Assert.Equal(GovernmentPage.Agency, report.Agency.Name);
        Assert.Equal(15098m, report.Sections.Proactive.Find("五", "行政许可", "本年处理决定数量")?.Value);
    }

    [Fact]
    public void Undeclared_gbk_page_is_decoded_as_gb18030()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

        var report = Read(gbk.GetBytes(GovernmentPage.Html(""))).Report;

        Assert.Equal(GovernmentPage.Agency, report.Agency.Name);
    }

    [Fact]
    public void Options_override_what_the_page_says()
    {
        var options = new ReadOptions(AgencyId: "sx-scjg", AgencyName: "某县市场监管局", Kind: AgencyKind.Government, Year: 2024);

        var report = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(GovernmentPage.Html()), options).Report;

        Assert.Equal(new Agency("sx-scjg", "某县市场监管局", AgencyKind.Government), report.Agency);
        Assert.Equal(2024, report.Year);
    }
}
