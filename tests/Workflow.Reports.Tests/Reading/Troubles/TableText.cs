using Workflow.Reports.Model;

namespace Workflow.Reports.Tests.Reading.Troubles;

/// <summary>
/// The Huai'an 2024 report with its tables 三 and 四 written again in a given style, the rest of the text as
/// pdftotext wrote it: the variants that reproduce each kind of trouble real renderings bring.
/// </summary>
internal static class TableText
{
    public static AnnualReport Expected => RealReports.Huaian.Report;

    public static IReadOnlyDictionary<string, IReadOnlyList<long?>> Rows => Expected.Sections.Requests.Rows;

    public static IReadOnlyList<long?> Appeals => Expected.Sections.Appeals.Values;

    public static string Label(string key) => ReportTemplate.RequestRows2021.First(r => r.Key == key).Label;

    public static string Value(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>The Huai'an text with the lines of tables 三 and 四 (between their headings and the next) replaced.</summary>
    public static string With(string requests, string appeals)
    {
        var text = RealReports.Text(RealReports.HuaianFile);
        var lines = text.Split('\n');
        int Heading(string words) => Array.FindIndex(lines, l => l.Trim().EndsWith(words, StringComparison.Ordinal) && l.Trim().Length < 30);
        var three = Heading("收到和处理政府信息公开申请情况");
        var four = Heading("政府信息公开行政复议、行政诉讼情况");
        var five = Heading("存在的主要问题及改进情况");
        return string.Join('\n', [.. lines[..(three + 1)], requests, lines[four], appeals, .. lines[five..]]);
    }

    /// <summary>A markdown table of table 三 as PDF extractors write it: group labels in their own columns, a rule under the header.</summary>
    public static string MarkdownRequests(Func<string, string>? label = null, Func<string, string>? row = null)
    {
        label ??= l => l;
        row ??= r => r;
        var lines = new List<string>
        {
            "| 申请人情况 | | | 自然人 | 法人或其他组织 | | | | | 总计 |",
            "|---|---|---|---|---|---|---|---|---|---|",
            "| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |",
        };
        foreach (var template in ReportTemplate.RequestRows2021)
        {
            var group = template.Group ?? "";
            var outer = template.Key is "R1" or "R2" or "R4" ? "" : "三、本年度办理结果";
            var cells = string.Join(" | ", Rows[template.Key].Select(Value));
            lines.Add(row($"| {outer} | {group} | {label(template.Label)} | {cells} |"));
        }
        return string.Join('\n', lines);
    }

    /// <summary>Table 四 as a markdown table: two header rows and the one row of 15 values.</summary>
    public static string MarkdownAppeals() => string.Join('\n',
        "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
        "| " + string.Join(" | ", Appeals.Select(Value)) + " |");
}
