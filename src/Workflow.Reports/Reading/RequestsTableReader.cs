using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading;

/// <summary>
/// Reads table 三 row by row in template order: each row is found by its label (numbering, brackets, quotes,
/// spaces and line wraps do not matter), then its seven values are taken. The 2019 layout (a single
/// （六）其他处理 row, key O) is recognised by the absence of the 2021 sub-rows.
/// </summary>
internal static class RequestsTableReader
{
    private static readonly string[] Markers2021 = ["申请人无正当理由", "逾期未按收费通知", "逾期不补正"];

    // The labels of both layouts are looked for in every report; their keys are computed once.
    private static readonly Dictionary<string, string> MatchKeys = ReportTemplate.RequestRows2021
        .Concat(ReportTemplate.RequestRows2019)
        .Select(r => r.Label)
        .Distinct()
        .ToDictionary(label => label, MatchKey);

    public static TableReading<IReadOnlyDictionary<string, IReadOnlyList<long?>>> Read(TokenStream stream, List<Finding> notes)
    {
        var start = HeaderStart(stream);
        var layout = Is2021(stream, start) ? ReportTemplate.RequestRows2021 : ReportTemplate.RequestRows2019;
        var rows = new Dictionary<string, IReadOnlyList<long?>>();
        var used = new List<int>();
        if (start < stream.Count && start >= 0 && IsHeader(stream, start))
        {
            used.Add(start);
        }

        var cursor = start;
        var missing = new List<RequestRow>();
        foreach (var row in layout)
        {
            if (stream.FindLabel(cursor, MatchKeys[row.Label]) is not { } label)
            {
                missing.Add(row);
                continue;
            }
            var (first, count, next) = stream.TakeValues(label, ReportTemplate.RequestColumns.Count);
            used.Add(label);
            used.AddRange(Enumerable.Range(first, count));
            rows[row.Key] = Values(row, stream, first, count, notes);
            cursor = Math.Max(next, label + 1);
        }

        if (rows.Count == 0)
        {
            notes.Add(new Finding("T3-FULL", Severity.Error, "未找到第三部分的表格（收到和处理政府信息公开申请情况），无法读取申请数据。", "三"));
            return new(rows, [], null);
        }
        foreach (var row in missing)
        {
            notes.Add(new Finding("T3-FULL", Severity.Error, $"表三缺少“{row.Label}”行。", $"三/{row.Key}"));
        }
        Edition[] editions = rows.ContainsKey("O") ? [Edition.Format2019]
            : rows.Keys.Any(k => k.StartsWith('O')) ? [Edition.Format2021]
            : [];
        return new(rows, editions, stream.Span(used));
    }

    /// <summary>
    /// The part of a row label that identifies it: numbering and a trailing parenthetical dropped
    /// ("（二）部分公开（区分处理的…）" → "部分公开"), at most 8 characters so a label wrapped over lines
    /// still matches; short ones ("3.其他", "（七）总计") keep their numbering.
    /// </summary>
    public static string MatchKey(string label)
    {
        var key = TextToken.KeyOf(label);
        var body = StripNumbering(key);
        var bracket = body.IndexOf('(');
        if (bracket >= 4)
        {
            body = body[..bracket];
        }
        if (body.Length < 4)
        {
            body = key;
        }
        return body.Length > 8 ? body[..8] : body;
    }

    private static string StripNumbering(string key)
    {
        if (key.StartsWith('(') && key.IndexOf(')') is var close and > 1 and < 5)
        {
            return key[(close + 1)..];
        }
        var dot = key.IndexOf('.');
        if (dot is > 0 and < 4 && key[..dot].All(c => char.IsAsciiDigit(c) || ReportTemplate.SectionNumerals.Contains(c.ToString()) || c is '七' or '八' or '九' or '十'))
        {
            return key[(dot + 1)..];
        }
        return key;
    }

    /// <summary>The row's values: the <paramref name="count"/> cells of <paramref name="stream"/> from <paramref name="first"/>.</summary>
    private static List<long?> Values(RequestRow row, TokenStream stream, int first, int count, List<Finding> notes)
    {
        var result = new List<long?>(ReportTemplate.RequestColumns.Count);
        for (var col = 0; col < ReportTemplate.RequestColumns.Count; col++)
        {
            result.Add(col < count ? Count(stream.Text(first + col), "T3-INT", notes, "三", row.Key, ReportTemplate.RequestColumns[col]) : null);
        }
        if (count < ReportTemplate.RequestColumns.Count)
        {
            notes.Add(new Finding("T3-FULL", Severity.Error,
                $"表三“{row.Label}”行只读到{count}个数值，应为{ReportTemplate.RequestColumns.Count}个。", $"三/{row.Key}"));
        }
        return result;
    }

    /// <summary>
    /// A count cell of table 三 or 四: blank stays null without a note (the validator reports it). A note is located
    /// at table/row/column, formatted only when there is one: nearly every cell is a clean number.
    /// </summary>
    public static long? Count(ReadOnlySpan<char> written, string ruleId, List<Finding> notes, string table, string row, string column)
    {
        var cell = CellValue.Parse(written);
        switch (cell.Kind)
        {
            case CellKind.Blank:
                return null;
            case CellKind.Placeholder:
                notes.Add(new Finding(ruleId, Severity.Warning, $"单元格写作“{written}”，不是数字，按未填写处理（不计为0）。", $"{table}/{row}/{column}"));
                return null;
            default:
                if (cell.Count is { } count)
                {
                    return count;
                }
                notes.Add(new Finding(ruleId, Severity.Error, $"单元格“{written}”不是整数，无法读取。", $"{table}/{row}/{column}"));
                return null;
        }
    }

    private static int HeaderStart(TokenStream stream)
    {
        for (var i = 0; i < stream.Count; i++)
        {
            if (IsHeader(stream, i))
            {
                return i;
            }
        }
        return 0;
    }

    private static bool IsHeader(TokenStream stream, int index) =>
        !stream[index].IsValue
        && (stream.Key(index).Contains("勾稽关系", StringComparison.Ordinal)
            || stream.Key(index).SequenceEqual("申请人情况")
            || stream.Key(index).StartsWith("申请人情况：", StringComparison.Ordinal));

    private static bool Is2021(TokenStream stream, int start)
    {
        var otherHandling = false;
        for (var i = start; i < stream.Count; i++)
        {
            if (stream[i].IsValue)
            {
                continue;
            }
            var key = stream.Key(i);
            // Every marker and 其他处理 has one of these characters; most labels have none.
            if (key.IndexOfAny('由', '逾', '他') < 0)
            {
                continue;
            }
            foreach (var marker in Markers2021)
            {
                if (key.Contains(marker, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            otherHandling |= key.Contains("其他处理", StringComparison.Ordinal);
        }
        return !otherHandling;
    }
}
