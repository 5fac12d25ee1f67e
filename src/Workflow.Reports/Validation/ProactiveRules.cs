using System.Globalization;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Table 二 (主动公开政府信息情况).
/// <list type="bullet">
/// <item>T2-INT error for a negative value (except the 2019 column 本年增/减), a fractional count, or a cell with digits that
/// could not be read as a number; warning for a blank or "—" cell (it may mean 0, a person must confirm).</item>
/// <item>T2-UNIT warning: money written in 元 where the product's (and the 2021 template's) unit is 万元, a count written
/// with a foreign unit, or 行政事业性收费 quoted in 元 in the text. The value is usable after conversion, so a reviewer
/// decides.</item>
/// </list>
/// </summary>
internal static partial class ProactiveRules
{
    private static readonly HashSet<string> CountUnits = ["件", "个", "项", "条", "次", "宗"];

    public static IEnumerable<Finding> Check(AnnualReport report, ReportProse prose)
    {
        foreach (var cell in report.Sections.Proactive.Cells)
        {
            var money = cell.Column.Contains("金额", StringComparison.Ordinal);
            var signed = cell.Column.Contains("增/减", StringComparison.Ordinal) || cell.Column.Contains("增减", StringComparison.Ordinal);
            if (cell.Value is not { } value)
            {
                yield return cell.Raw.Any(char.IsAsciiDigit) || cell.Raw.Any(c => c is >= '０' and <= '９')
                    ? new Finding("T2-INT", Severity.Error, $"{Name(cell)}写为“{cell.Raw}”，无法读成数字。", Location(cell))
                    : new Finding("T2-INT", Severity.Warning, $"{Name(cell)}为空白{(string.IsNullOrWhiteSpace(cell.Raw) ? "" : $"（“{cell.Raw.Trim()}”）")}：没有数据应填 0。", Location(cell));
                continue;
            }
            if (value < 0 && !signed)
            {
                yield return new Finding("T2-INT", Severity.Error, $"{Name(cell)}为负数 {Shown(value)}：不能为负。", Location(cell));
            }
            else if (!money && decimal.Truncate(value) != value)
            {
                yield return new Finding("T2-INT", Severity.Error, $"{Name(cell)}为 {Shown(value)}：件数应为整数。", Location(cell));
            }

            if (money && cell.Unit == "元")
            {
                yield return new Finding("T2-UNIT", Severity.Warning,
                    $"{Name(cell)}写为“{cell.Raw.Trim()}”，单位为元；应以万元填报，即 {Shown(value / 10000m)} 万元。", Location(cell));
            }
            else if (money && cell.Unit is not (null or "万元"))
            {
                yield return new Finding("T2-UNIT", Severity.Warning, $"{Name(cell)}写为“{cell.Raw.Trim()}”，单位“{cell.Unit}”不是万元。", Location(cell));
            }
            else if (!money && cell.Unit is { } unit && !CountUnits.Contains(unit))
            {
                yield return new Finding("T2-UNIT", Severity.Warning, $"{Name(cell)}写为“{cell.Raw.Trim()}”，件数不应带单位“{unit}”。", Location(cell));
            }
        }

        foreach (var (text, section) in new[] { (report.Sections.Overview, "一"), (report.Sections.Proactive.Text, "二") })
        {
            foreach (var sentence in prose.Sentences(text))
            {
                var at = sentence.IndexOf("行政事业性收费", StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                var yuan = TextFigures.Extract(sentence).FirstOrDefault(f => f.Index > at && f.Unit is "元" or "万元");
                if (yuan is { Unit: "元" })
                {
                    yield return new Finding("T2-UNIT", Severity.Warning,
                        $"第{section}部分文字中行政事业性收费写为 {Shown(yuan.Value)} 元，而表格第二十条第（八）项以万元计（{Shown(yuan.Value / 10000m)} 万元），请统一单位。", $"{section}/行政事业性收费");
                }
            }
        }
    }

    private static string Location(ProactiveCell cell) => $"二/{cell.Clause}/{cell.Row}/{cell.Column}";

    private static string Name(ProactiveCell cell) => $"第二部分第二十条第（{cell.Clause}）项“{cell.Row}”的“{cell.Column}”";

    private static string Shown(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
