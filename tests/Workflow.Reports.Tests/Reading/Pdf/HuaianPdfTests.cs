using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Pdf;
using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Tests.Reading.Pdf;

/// <summary>淮安市人民政府 2024 as published: a PDF made by WPS, tables over page breaks, page numbers in the footers.</summary>
public sealed class HuaianPdfTests
{
    public const string File = "Fixtures/02_huaian_city_gov_2024.pdf";

    private static readonly Lazy<ReportDocument> Document = new(() => PdfReportReader.Document(RealReports.Bytes(File)));

    private static IEnumerable<IReadOnlyList<string>> TableRows =>
        Document.Value.Blocks.OfType<TableBlock>().SelectMany(table => Enumerable.Range(0, table.Grid.Height)
            .Select(row => (IReadOnlyList<string>)[.. table.Grid.Row(row).Select(cell => cell.Text)]));

    /// <summary>The non-empty cells of the row whose cells include the label.</summary>
    private static IReadOnlyList<string> RowOf(string label) =>
        [.. Assert.Single(TableRows, row => row.Contains(label)).Where(text => text.Length > 0)];

    [Fact]
    public void Newly_received_requests_row_has_its_label_then_the_seven_values_in_order()
    {
        Assert.Equal(["一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119"], RowOf("一、本年新收政府信息公开申请数量"));
    }

    [Fact]
    public void Appeals_values_row_has_the_fifteen_values_in_order()
    {
        Assert.Contains(TableRows, row => row.Where(text => text.Length > 0).SequenceEqual(
            ["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"]));
    }

    [Fact]
    public void Request_rows_continue_across_the_page_break_in_one_table()
    {
        var table = Assert.Single(Document.Value.Blocks.OfType<TableBlock>(), table => Enumerable.Range(0, table.Grid.Height)
            .Any(row => table.Grid.Row(row).Any(cell => cell.Text == "一、本年新收政府信息公开申请数量")));

        Assert.Contains(Enumerable.Range(0, table.Grid.Height), row => table.Grid.Row(row).Any(cell => cell.Text == "四、结转下年度继续办理"));
    }

    [Theory]
    [InlineData("-3-")]
    [InlineData("-4-")]
    [InlineData("-5-")]
    public void Page_numbers_are_in_no_block(string pageNumber)
    {
        Assert.DoesNotContain(Document.Value.Blocks.OfType<ParagraphBlock>(), paragraph => paragraph.Text.Contains(pageNumber, StringComparison.Ordinal));
        Assert.DoesNotContain(TableRows, row => row.Any(text => text.Contains(pageNumber, StringComparison.Ordinal)));
    }

    [Fact]
    public void Prose_lines_are_paragraphs_with_the_cjk_glyphs_joined()
    {
        Assert.Contains(Document.Value.Blocks.OfType<ParagraphBlock>(), paragraph => paragraph.Text == "三、收到和处理政府信息公开申请情况");
    }

    [Fact]
    public void Reading_finds_the_year_and_the_total_of_new_requests()
    {
        var report = new PdfReportReader().Read(RealReports.Bytes(File), ReadOptions.None).Report;

        Assert.Equal(2024, report.Year);
        Assert.Equal(3119, report.Sections.Requests.Rows["R1"][^1]);
    }
}
