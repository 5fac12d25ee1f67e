using Workflow.Reports.Model;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// The keys a row label of table 三 is found by: the part that identifies it, numbering and a trailing parenthetical
/// dropped ("（二）部分公开（区分处理的…）" → "部分公开"), at most 8 characters so that a label wrapped over lines still
/// matches at its start (and the whole, for a label with a character lost near its end); short ones ("3.其他") keep
/// their numbering in its written variants.
/// </summary>
internal static class RowLabels
{
    private const int KeyLength = 8;

    private const int ShortKeyLength = 6;

    private static readonly Dictionary<string, string[]> KeysByLabel = ReportTemplate.RequestRows2021
        .Concat(ReportTemplate.RequestRows2019)
        .Select(r => r.Label)
        .Distinct()
        .ToDictionary(label => label, KeysOf);

    /// <summary>The earliest label of <paramref name="row"/> from cell <paramref name="from"/>: written exactly, else with one character off.</summary>
    public static LabelMatch? Find(TableRegion region, int from, RequestRow row)
    {
        var keys = KeysByLabel[row.Label];
        LabelMatch? best = null;
        foreach (var key in keys)
        {
            if (region.FindExact(from, key) is { } match && (best is null || match.Start < best.Value.Start))
            {
                best = match;
            }
        }
        if (best is not null)
        {
            return best;
        }
        foreach (var key in keys)
        {
            if (region.FindNear(from, key) is { } match && (best is null || match.Start < best.Value.Start))
            {
                best = match;
            }
        }
        return best;
    }

    private static string[] KeysOf(string label)
    {
        var key = ChineseText.LabelKeyWithoutQuotes(label);
        var body = LabelNumbering.Strip(key);
        var bracket = body.IndexOf('(');
        if (bracket >= 4)
        {
            body = body[..bracket];
        }
        if (body.Length >= 4)
        {
            // The whole body too: a character lost near the end of a long label defeats the truncated key's last
            // character; and the body without its first character, which text layers lose most often.
            // A label wrapped after six characters with its values on the first line (w3m) is found by those six.
            var rest = body[1..];
            return
            [
                body.Length > KeyLength ? body[..KeyLength] : body,
                .. body.Length > KeyLength ? [body] : Array.Empty<string>(),
                .. rest.Length >= 6 ? [rest.Length > KeyLength ? rest[..KeyLength] : rest] : Array.Empty<string>(),
                .. body.Length > ShortKeyLength ? [body[..ShortKeyLength]] : Array.Empty<string>(),
            ];
        }
        // "3.其他", "(七)总计": the numbering tells them from the column headers 其他 and 总计.
        var numeral = key[..^body.Length].Trim('(', ')', '.');
        return [key, $"({numeral}){body}", $"{numeral}.{body}", $"{numeral}{body}"];
    }
}
