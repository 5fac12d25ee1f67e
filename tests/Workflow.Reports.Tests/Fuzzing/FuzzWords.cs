namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>The dictionary of the mutations and of report-like random text.</summary>
internal static class FuzzWords
{
    /// <summary>
    /// Words and markup a report is made of, plus values that trouble parsers: a mutation that inserts one of these
    /// reaches the reader's structural decisions far more often than random bytes do.
    /// </summary>
    public static readonly IReadOnlyList<string> Report =
    [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "- 总体情况", "第二十条第（一）项", "第二十条第（八）项",
        "（一）", "（七）", "（三）不予公开", "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年新", "总计",
        "自 然 人", "法人或其他组织", "商业企业", "结转下年度继续办理", "行政复议", "结果维持", "尚未审结",
        "信息处理费", "万元", "件", "—", "/", "增15", "减-3", "96.64%", "1887.214474", "-1", "0", "1e400", "NaN", "１５０９８",
        "2024年1月15日", "2099年13月45日", "年", "月", "日", "统计期限", "年度报告",
        " | ", "|", "||||||||", "\t", "\r", "\r\n", "\n\n\n", "\u3000", "\uFEFF", "\u200B", "\u00A0", "、", "，", "．", "“", "”",
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=\"99999999999\">", "<td rowspan=\"1000000\">",
        "<td colspan=\"-3\">", "<td rowspan=\"0\" colspan=\"0\">", "<p>", "<br>", "<meta charset=\"gbk\">",
        "<meta charset=\"utf-16\">", "<meta charset=\"x-nonsense\">", "&nbsp;", "&#0;", "&#xFFFF;", "&#x10FFFF;", "<!--", "-->",
        "<script>", "<![CDATA[", "<title>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>",
        "<w:gridSpan w:val=\"100000\"/>", "<w:gridSpan w:val=\"-1\"/>", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>",
        "<w:t>", "</w:t>", "<w:p>", "</w:p>", "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"99\"/></w:numPr>",
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]>", "&a;", "\"", "{", "}", "[", "]", ":", ",", "null", "true", "\"\"",
        "[null,null]", "{\"x\":1}", "-0", "1.5", "9223372036854775808", "9223372036854775807", "-9223372036854775808", "999999999999999999", "٢٠٢٣年", "१२月३१日", "２０２３年１月１日", "\\u0000", "\\ud800",
    ];
}
