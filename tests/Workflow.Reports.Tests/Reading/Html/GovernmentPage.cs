using System.Text;
using Workflow.Reports.Model;

namespace Workflow.Reports.Tests.Reading.Html;

/// <summary>
/// A 2021-format report page written the way county sites publish them, not the way our renderer does: the
/// article sits in nested layout tables, every cell wraps its text in &lt;p&gt;&lt;span style&gt;, labels break
/// over &lt;br&gt;, captions of table 二 are paragraphs before one small table each, row labels use half-width
/// brackets. Values of table 三 are row index × 10 + column (R1 总计 is the sum); <see cref="BlankCell"/> is left &amp;nbsp;.
/// </summary>
internal static class GovernmentPage
{
    public const string Agency = "某县市场监督管理局";

    /// <summary>Row and column of table 三 left blank in the page.</summary>
    public static readonly (string Row, int Column) BlankCell = ("D3", 2);

    public static long Value(int row, int column) => column == ReportTemplate.TotalColumn
        ? Enumerable.Range(0, ReportTemplate.TotalColumn).Sum(c => (long)Value(row, c))
        : row * 10 + column;

    public static string Html(string charsetDeclaration = "<meta charset=\"utf-8\">")
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html><head>{{charsetDeclaration}}<title>{{Agency}}2023年政府信息公开工作年度报告_某县人民政府网</title>
            <script>var _hmt = _hmt || [];</script><style>td{font-size:14px}</style></head>
            <body><div class="top">首页 &gt; 政府信息公开 &gt; 年度报告</div>
            <table width="1000" align="center" border="0"><tr><td width="200" valign="top"><ul><li>机构概况</li><li>政策文件</li></ul></td>
            <td valign="top"><table width="100%"><tr><td>
            <div class="title"><p style="text-align:center"><strong><span style="font-size:22px">{{Agency}}2023年政府信息公开工作年度报告</span></strong></p></div>
            <p style="text-indent:2em">本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据统计期限为2023年1月1日至2023年12月31日。</p>
            <p style="text-indent:2em"><strong>一、总体情况</strong></p>
            <p style="text-indent:2em">2023年，我局认真贯彻落实《条例》，<span style="color:red">主动公开</span>各类信息1200条。</p>
            <p><b>二、主动公开政府信息情况</b></p>
            """);
        Proactive(html, "一", ["本年制发件数", "本年废止件数", "现行有效件数"], [("规章", ["0", "0", "0"]), ("行政规范性文件", ["3", "1", "12"])]);
        Proactive(html, "五", ["本年处理决定数量"], [("行政许可", ["15098"])]);
        Proactive(html, "六", ["本年处理决定数量"], [("行政处罚", ["7"]), ("行政强制", ["0"])]);
        Proactive(html, "八", ["本年收费金额（单位：万元）"], [("行政事业性收费", ["1887.214474"])]);
        html.Append("<p><b>三、收到和处理政府信息公开申请情况</b></p>\n");
        Requests(html);
        html.Append("<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>\n");
        Appeals(html);
        html.Append($$"""
            <p><b>五、存在的主要问题及改进情况</b></p>
            <p>一是公开意识有待增强；二是解读形式较为单一。下一步将加强培训。</p>
            <p><b>六、其他需要报告的事项</b></p>
            <p>本年度未收取信息处理费。</p>
            <p style="text-align:right">{{Agency}}</p>
            <p style="text-align:right">2024年1月20日</p>
            </td></tr></table></td></tr></table>
            <div class="footer">主办：某县人民政府办公室　<a href="#">网站地图</a></div>
            </body></html>
            """);
        return html.ToString();
    }

    private static void Proactive(StringBuilder html, string clause, string[] columns, (string Row, string[] Values)[] rows)
    {
        html.Append($"<p style=\"text-align:center\">第二十条第（{clause}）项</p>\n<table border=\"1\" cellspacing=\"0\"><tbody>\n<tr><td><p><span>信息内容</span></p></td>");
        foreach (var column in columns)
        {
            html.Append($"<td><p><span style=\"font-family:宋体\">{column}</span></p></td>");
        }
        html.Append("</tr>\n");
        foreach (var (row, values) in rows)
        {
            html.Append($"<tr><td><p><span>{row}</span></p></td>");
            foreach (var value in values)
            {
                html.Append($"<td><p align=\"center\"><span lang=\"EN-US\">{value}</span></p></td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void Requests(StringBuilder html)
    {
        html.Append("""
            <table border="1" cellspacing="0" style="border-collapse:collapse"><tbody>
            <tr><td colspan="3" rowspan="3"><p><span>(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)</span></p></td><td colspan="7"><p>申请人情况</p></td></tr>
            <tr><td rowspan="2"><p>自然人</p></td><td colspan="5"><p>法人或其他组织</p></td><td rowspan="2"><p>总计</p></td></tr>
            <tr><td><p>商业</p><p>企业</p></td><td>科研<br>机构</td><td><span>社会公益</span><span>组织</span></td><td>法律服务机构</td><td>其他</td></tr>

            """);
        var layout = ReportTemplate.RequestRows2021;
        var outcomes = layout.Count(r => r.Key is not ("R1" or "R2" or "R4"));
        for (var i = 0; i < layout.Count; i++)
        {
            var row = layout[i];
            var label = ChineseText.ToHalfWidth(row.Label);
            html.Append("<tr>");
            if (row.Key is "R1" or "R2" or "R4")
            {
                html.Append($"<td colspan=\"3\"><p><span>{label}</span></p></td>");
            }
            else
            {
                if (layout[i - 1].Key == "R2")
                {
                    html.Append($"<td rowspan=\"{outcomes}\"><p>三、本年度办理结果</p></td>");
                }
                if (row.Group is null)
                {
                    html.Append($"<td colspan=\"2\"><p><span>{label}</span></p></td>");
                }
                else
                {
                    if (layout[i - 1].Group != row.Group)
                    {
                        html.Append($"<td rowspan=\"{layout.Count(r => r.Group == row.Group)}\"><p>{ChineseText.ToHalfWidth(row.Group)}</p></td>");
                    }
                    html.Append($"<td><p><span>{label}</span></p></td>");
                }
            }
            for (var c = 0; c < ReportTemplate.RequestColumns.Count; c++)
            {
                var text = (row.Key, c) == BlankCell ? "&nbsp;" : Value(i, c).ToString(System.Globalization.CultureInfo.InvariantCulture);
                html.Append($"<td><p align=\"center\"><span style=\"font-size:12px\">{text}</span></p></td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void Appeals(StringBuilder html)
    {
        html.Append("""
            <table border="1"><tbody>
            <tr><td colspan="5"><p>行政复议</p></td><td colspan="10"><p>行政诉讼</p></td></tr>
            <tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果<br>纠正</td><td rowspan="2">其他<br>结果</td><td rowspan="2">尚未<br>审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
            <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
            <tr><td>1</td><td>2</td><td>0</td><td>1</td><td>4</td><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>1</td><td>3</td></tr>
            </tbody></table>

            """);
    }
}
