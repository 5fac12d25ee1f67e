using System.Text;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Html;

namespace Workflow.Reports.Tests.Reading.Html;

/// <summary>Inputs built to hurt the HTML reader end in <see cref="UnreadableReportException"/> with a Chinese message.</summary>
public sealed class HtmlHostileInputTests
{
    private static UnreadableReportException Refusal(byte[] bytes) =>
        Assert.Throws<UnreadableReportException>(() => new HtmlReportReader().Read(bytes, ReadOptions.None));

    private static void AssertChinese(string message) => Assert.Matches("[\u4e00-\u9fff]{4}", message);

    [Fact]
    public void Fifty_megabyte_page_is_refused_as_too_large()
    {
        var bytes = new byte[50 * 1024 * 1024];
        "<html><body><p>"u8.CopyTo(bytes);
        bytes.AsSpan(15).Fill((byte)'a');

        var refusal = Refusal(bytes);

        Assert.Equal("too-large", refusal.Code);
        AssertChinese(refusal.Message);
    }

    [Fact]
    public void Five_thousand_nested_tables_are_refused_as_too_complex()
    {
        var html = new StringBuilder("<html><body><p>一、总体情况</p>");
        for (var i = 0; i < 5000; i++)
        {
            html.Append("<table><tr><td>");
        }
        html.Append("申请人情况");
        for (var i = 0; i < 5000; i++)
        {
            html.Append("</td></tr></table>");
        }

        var refusal = Refusal(Encoding.UTF8.GetBytes(html.ToString()));

        Assert.Equal("too-complex", refusal.Code);
        AssertChinese(refusal.Message);
    }

    [Fact]
    public void Hundred_thousand_nested_elements_are_refused_before_parsing()
    {
        var html = new StringBuilder("<html><body><p>一、总体情况</p>");
        html.Insert(html.Length, "<div><span>", 100_000).Append("申请人情况");

        var refusal = Refusal(Encoding.UTF8.GetBytes(html.ToString()));

        Assert.Equal("too-complex", refusal.Code);
        AssertChinese(refusal.Message);
    }

    [Fact]
    public void Tables_nested_deeper_than_eight_levels_are_not_read_as_report_tables()
    {
        var html = new StringBuilder("<html><body><p>某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p>");
        html.Insert(html.Length, "<table><tr><td>", 20).Append("<table><tr><td>申请人情况</td></tr><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td></tr></table>");

        var reading = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(html.ToString()), ReadOptions.None);

        Assert.Empty(reading.Report.Sections.Requests.Rows);
    }

    [Fact]
    public void Table_with_more_cells_than_any_report_is_refused()
    {
        var html = new StringBuilder("<table>");
        for (var r = 0; r < 3000; r++)
        {
            html.Append("<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr>");
        }
        html.Append("</table>");

        var refusal = Refusal(Encoding.UTF8.GetBytes(html.ToString()));

        Assert.Equal("too-complex", refusal.Code);
        AssertChinese(refusal.Message);
    }

    [Fact]
    public void Huge_spans_do_not_blow_up_the_grid()
    {
        var html = "<p>一、总体情况</p><p>二、主动公开政府信息情况</p><table><tr><td rowspan=\"65534\" colspan=\"1000\">申请人情况</td></tr><tr><td>1</td></tr></table>";

        var reading = new HtmlReportReader().Read(Encoding.UTF8.GetBytes("<meta charset=utf-8><title>某局2023年政府信息公开工作年度报告</title>" + html), ReadOptions.None);

        Assert.Equal(2023, reading.Report.Year);
    }

    [Fact]
    public void Invalid_utf8_declared_as_utf8_is_refused_as_not_a_report()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var page = Encoding.ASCII.GetBytes("<html><head><meta charset=\"utf-8\"></head><body>").Concat(bytes.Select(b => (byte)(b | 0x80))).ToArray();

        var refusal = Refusal(page);

        AssertChinese(refusal.Message);
    }

    [Fact]
    public void Undeclared_bytes_that_are_neither_utf8_nor_gbk_are_refused_as_bad_encoding()
    {
        byte[] bytes = [.. "<html><body>"u8, 0xFF, 0xFF, 0xFF, 0x80, 0x80, .. "</body></html>"u8];

        var refusal = Refusal(bytes);

        Assert.Equal("bad-encoding", refusal.Code);
        AssertChinese(refusal.Message);
    }

    [Fact]
    public void Empty_page_is_refused()
    {
        Assert.Equal("empty", Refusal([]).Code);
    }
}
