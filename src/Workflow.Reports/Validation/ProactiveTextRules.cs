using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// The prose of parts 一 and 二 against table 二.
/// <list type="bullet">
/// <item>X-T2 warning: a sentence states one of the table's own quantities in the table's words and the figure differs:
/// 规章 or 规范性文件 制发/废止/现行有效 ("本年制发行政规范性文件8件", "制发规章1件、规范性文件8件", "规范性文件制发8件、废止2件",
/// "制发规范性文件8件，废止2件"), 行政许可/处罚/强制 decisions ("作出行政处罚决定120件", "办理行政许可事项15098件") and the
/// amount of 行政事业性收费 (万元, or 元 converted). Other wordings (公开规章13件, 新增政策性文件11件, 清理文件…) may count
/// something else and are not judged. A warning: the sentence may be about the region or another period.</item>
/// </list>
/// </summary>
internal static partial class ProactiveTextRules
{
    private static readonly string[] MadeColumns = ["本年制发件数", "本年新制作数量"];

    public static IReadOnlyList<Finding> Check(AnnualReport report, ReportProse prose)
    {
        var findings = new List<Finding>();
        var table = report.Sections.Proactive;
        if (table.Cells.Count == 0)
        {
            return findings;
        }
        foreach (var (section, text) in new[] { ("一", report.Sections.Overview), ("二", table.Text) })
        {
            foreach (var sentence in prose.Sentences(text))
            {
                if (sentence.Contains("规章", StringComparison.Ordinal) || sentence.Contains("规范性文件", StringComparison.Ordinal))
                {
                    Documents(table, section, sentence, findings);
                }
                if (sentence.Contains("行政", StringComparison.Ordinal))
                {
                    Decisions(table, section, sentence, findings);
                    Fees(table, section, sentence, findings);
                }
            }
        }
        return findings;
    }

    private static void Documents(ProactiveSection table, string section, string sentence, List<Finding> findings)
    {
        foreach (Match m in VerbThenItems().Matches(sentence))
        {
            string? item = null;
            foreach (Match part in ItemCount().Matches(m.Groups["items"].Value))
            {
                item = part.Groups["item"].Value;
                Compare(table, section, sentence, m.Index, m.Length, "一", Row(item), Columns(m.Groups["verb"].Value), part.Groups["n"].Value, findings);
            }
            // "制发规范性文件8件,废止2件,现行有效66件": the same item goes on.
            var end = m.Index + m.Length;
            for (var next = Continuation().Match(sentence, end); item is not null && next.Success && next.Index == end; next = Continuation().Match(sentence, end))
            {
                Compare(table, section, sentence, next.Index, next.Length, "一", Row(item), Columns(next.Groups["verb"].Value), next.Groups["n"].Value, findings);
                end = next.Index + next.Length;
            }
        }
        foreach (Match m in ItemThenVerbs().Matches(sentence))
        {
            foreach (Match part in VerbCount().Matches(m.Groups["parts"].Value))
            {
                Compare(table, section, sentence, m.Index, m.Length, "一", Row(m.Groups["item"].Value), Columns(part.Groups["verb"].Value), part.Groups["n"].Value, findings);
            }
        }
    }

    private static void Decisions(ProactiveSection table, string section, string sentence, List<Finding> findings)
    {
        foreach (var pattern in new[] { DecisionAfterItem(), DecisionAfterVerb() })
        {
            foreach (Match m in pattern.Matches(sentence))
            {
                var item = m.Groups["item"].Value;
                var clause = item == "行政许可" ? "五" : "六";
                var columns = table.Cells.Where(c => c.Clause == clause && c.Row == item && c.Column.Contains("处理决定数量", StringComparison.Ordinal))
                    .Select(c => c.Column).ToArray();
                Compare(table, section, sentence, m.Index, m.Length, clause, [item], columns, m.Groups["n"].Value, findings);
            }
        }
    }

    private static void Fees(ProactiveSection table, string section, string sentence, List<Finding> findings)
    {
        var m = FeeAmount().Match(sentence);
        var cell = table.Cells.FirstOrDefault(c => c.Clause == "八" && c.Row == "行政事业性收费" && c.Column.Contains("金额", StringComparison.Ordinal));
        if (!m.Success || cell?.Value is not { } value
            || !decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var stated))
        {
            return;
        }
        var tableWan = cell.Unit == "元" ? value / 10000m : value;
        var statedWan = m.Groups["u"].Value == "元" ? stated / 10000m : stated;
        if (!SameAtPrecision(statedWan, tableWan))
        {
            findings.Add(new Finding("X-T2", Severity.Warning,
                $"第{section}部分文字称“{Quote(sentence, m.Index, m.Length)}”，但第二部分表格第二十条第（八）项“行政事业性收费”为 {Shown(tableWan)} 万元。",
                $"二/八/行政事业性收费/{cell.Column}"));
        }
    }

    /// <summary>Equal when the more precise of the two, rounded to the other's printed decimals, is the other.</summary>
    private static bool SameAtPrecision(decimal a, decimal b)
    {
        var decimals = Math.Min(Decimals(a), Decimals(b));
        return Math.Round(a, decimals, MidpointRounding.AwayFromZero) == Math.Round(b, decimals, MidpointRounding.AwayFromZero);
    }

    private static int Decimals(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    private static void Compare(ProactiveSection table, string section, string sentence, int index, int length, string clause,
        string[] rows, string[] columns, string figure, List<Finding> findings)
    {
        var cell = table.Cells.FirstOrDefault(c => c.Clause == clause && rows.Contains(c.Row) && columns.Contains(c.Column));
        if (cell?.Value is not { } value)
        {
            return;
        }
        var readable = decimal.TryParse(figure, NumberStyles.None, CultureInfo.InvariantCulture, out var stated);
        if (!readable || stated != value)
        {
            findings.Add(new Finding("X-T2", Severity.Warning,
                $"第{section}部分文字称“{Quote(sentence, index, length)}”，但第二部分表格第二十条第（{clause}）项“{cell.Row}”的“{cell.Column}”为 {Shown(value)}。",
                $"二/{clause}/{cell.Row}/{cell.Column}"));
        }
    }

    private static string[] Row(string item) => item == "规章" ? ["规章"] : ["行政规范性文件", "规范性文件"];

    private static string[] Columns(string verb) => verb switch
    {
        "废止" => ["本年废止件数"],
        "现行有效" => ["现行有效件数"],
        _ => MadeColumns,
    };

    private static string Quote(string sentence, int index, int length)
    {
        var start = Math.Max(0, index - 6);
        return (start > 0 ? "…" : "") + sentence[start..(index + length)];
    }

    private static string Shown(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    // [0-9] rather than \d throughout: \d also matches the digits of other scripts, which the parsers reject.
    private const string Item = "规章|(?:行政)?规范性文件";

    [GeneratedRegex($@"(?<verb>制发|印发|废止|现行有效)(?:了|的)?(?<items>(?:(?:[、,和及与]|共|各类)*(?:{Item})(?:共|为|计)?[0-9]+件)+)")]
    private static partial Regex VerbThenItems();

    [GeneratedRegex($@"(?<item>{Item})(?:共|为|计)?(?<n>[0-9]+)件")]
    private static partial Regex ItemCount();

    [GeneratedRegex("[,、](?<verb>制发|印发|废止|现行有效)(?:的)?(?:共|为)?(?<n>[0-9]+)件")]
    private static partial Regex Continuation();

    [GeneratedRegex($@"(?<item>{Item})(?<parts>(?:[,、]?(?:本年)?(?:制发|印发|废止|现行有效)(?:的)?(?:共|为)?[0-9]+件)+)")]
    private static partial Regex ItemThenVerbs();

    [GeneratedRegex("(?<verb>制发|印发|废止|现行有效)(?:的)?(?:共|为)?(?<n>[0-9]+)件")]
    private static partial Regex VerbCount();

    [GeneratedRegex("(?<item>行政许可|行政处罚|行政强制)(?:处理)?决定(?:数量)?(?:共|为|计)?(?<n>[0-9]+)(?:件|个|项)")]
    private static partial Regex DecisionAfterItem();

    [GeneratedRegex("(?:作出|做出|办理|办结)(?:各类)?(?<item>行政许可|行政处罚|行政强制)(?:事项|案件)?(?:共|为|计)?(?<n>[0-9]+)件")]
    private static partial Regex DecisionAfterVerb();

    [GeneratedRegex("行政事业性收费(?:金额|收入|总额)?(?:共|为|计|合计)?(?<n>[0-9]+(?:\\.[0-9]+)?)(?<u>万元|元)")]
    private static partial Regex FeeAmount();
}
