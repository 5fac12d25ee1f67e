using System.Text;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Html;

namespace Workflow.Reports.Tests.Reading.Html;

/// <summary>Tables that stray from the template are read where they can be, and the straying is noted.</summary>
public sealed class HtmlTableVariantTests
{
    private const string Head = "<p>某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p>";

    private static ReportReading Read(string body) =>
        new HtmlReportReader().Read(Encoding.UTF8.GetBytes("<html><body>" + Head + body + "</body></html>"), ReadOptions.None);

    [Fact]
    public void Truncated_proactive_header_is_read_by_position_and_noted()
    {
        var reading = Read("""
            <table><tr><td colspan="4">第二十条第(一)项</td></tr>
            <tr><td>信息内容</td><td>本年新</td><td>本年新</td><td>对外公开总数量</td></tr>
            <tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr></table>
            <p>三、收到和处理政府信息公开申请情况</p>
            """);

        Assert.Equal(2m, reading.Report.Sections.Proactive.Find("一", "规章", "本年新公开数量")?.Value);
        Assert.Contains(reading.Notes, n => n.RuleId == "F-HDR" && n.Message.Contains("本年新", StringComparison.Ordinal));
    }

    [Fact]
    public void Extra_subtotal_column_in_table_three_is_skipped_and_noted()
    {
        var reading = Read("""
            <p>三、收到和处理政府信息公开申请情况</p>
            <table>
            <tr><td colspan="2" rowspan="2">申请人情况</td><td rowspan="2">自然人</td><td colspan="6">法人或其他组织</td><td rowspan="2">总计</td></tr>
            <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>小计</td></tr>
            <tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>2</td><td>3</td><td>8</td></tr>
            </table>
            """);

        Assert.Equal([5, 1, 0, 0, 0, 2, 8], reading.Report.Sections.Requests.Rows["R1"]);
        Assert.Contains(reading.Notes, n => n.RuleId == "T3-FULL" && n.Message.Contains("小计", StringComparison.Ordinal));
    }

    [Fact]
    public void Placeholder_cell_in_table_three_is_null_and_noted()
    {
        var reading = Read("""
            <p>三、收到和处理政府信息公开申请情况</p>
            <table>
            <tr><td>申请人情况</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>
            <tr><td>二、上年结转政府信息公开申请数量</td><td>—</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
            </table>
            """);

        Assert.Null(reading.Report.Sections.Requests.Rows["R2"][0]);
        Assert.Contains(reading.Notes, n => n.RuleId == "T3-INT" && n.Location == "三/R2/自然人");
    }

    [Fact]
    public void Missing_rows_of_table_three_are_noted()
    {
        var reading = Read("""
            <p>三、收到和处理政府信息公开申请情况</p>
            <table>
            <tr><td>申请人情况</td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>
            <tr><td>一、本年新收政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
            </table>
            """);

        Assert.Contains(reading.Notes, n => n.RuleId == "T3-FULL" && n.Location == "三/R4");
    }
}
