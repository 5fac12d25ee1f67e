using System.Buffers;
using Workflow.Reports.Model;

namespace Workflow.Reports.Reading;

/// <summary>
/// Finds the headings of parts 一 … 六. A heading is a line of its own that says the part's name, in the
/// 2021 wording or a variant real reports use, numbered "一、", "一.", "第一部分", "- " or not at all. A
/// sentence that lists the part names (as many preambles do) is not a heading.
/// </summary>
internal static class SectionHeadings
{
    private static readonly string[][] Variants =
    [
        ["总体情况", "概述", "总体情况概述", "基本情况"],
        ["主动公开政府信息情况", "主动公开政府信息的情况"],
        ["收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请的情况"],
        [
            "政府信息公开行政复议、行政诉讼情况",
            "政府信息公开行政复议和行政诉讼情况",
            "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
            "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
            "因政府信息公开工作被申请行政复议和提起行政诉讼的情况",
        ],
        [
            "存在的主要问题及改进情况",
            "存在的主要问题和改进情况",
            "政府信息公开工作存在的主要问题及改进情况",
            "政府信息公开工作存在的主要问题和改进情况",
        ],
        ["其他需要报告的事项", "其他需要报告事项"],
    ];

    /// <summary>Every wording of every part's name, unnumbered.</summary>
    public static IEnumerable<string> Names => Variants.SelectMany(names => names);

    // Every variant contains one of these words; lines without them are not looked at further.
    private static readonly string[] Keywords = ["情况", "概述", "事项"];

    // The keywords' second characters, found in one vectorised search (a SearchValues of the words was slower).
    private static readonly SearchValues<char> KeywordEnds = SearchValues.Create("况述项");

    // Looked up by span: a line's key is made on the stack, since most lines with a keyword are no heading.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByKey = Variants
        .SelectMany((names, section) => names.Select(name => (Key: ChineseText.LabelKeyWithoutQuotes(name), section)))
        .ToDictionary(v => v.Key, v => v.section)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every line that reads as a part heading, with its part; <see cref="Find"/> picks from these.</summary>
    public static List<(int Line, int Section)> Candidates(IReadOnlyList<ReadOnlyMemory<char>> lines)
    {
        var candidates = new List<(int Line, int Section)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Match(lines[i].Span) is { } section)
            {
                candidates.Add((i, section));
            }
        }
        return candidates;
    }

    /// <summary>Line index of each heading 一 … 六 (null when missing), found in order from <paramref name="from"/>.</summary>
    public static int?[] Find(List<(int Line, int Section)> candidates, int from)
    {
        var found = new int?[ReportTemplate.SectionNumerals.Count];
        var cursor = from;
        for (var section = 0; section < found.Length; section++)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Line >= cursor && candidate.Section == section)
                {
                    found[section] = candidate.Line;
                    cursor = candidate.Line + 1;
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>The part (0 for 一) a line is the heading of, or null.</summary>
    public static int? Match(ReadOnlySpan<char> line)
    {
        if (line.Length > 80 || line.Contains('|') || !HasKeyword(line))
        {
            return null;
        }
        Span<char> buffer = stackalloc char[line.Length];
        ReadOnlySpan<char> key = buffer[..ChineseText.LabelKeyWithoutQuotes(line, buffer)];
        key = key.TrimEnd(".：。;；").TrimStart("-•·*#●○■□");
        var name = StripNumbering(key);
        if (ByKey.TryGetValue(name, out var section))
        {
            return section;
        }
        // A numbered heading with one character dropped, added or wrong (OCR, a typo) is still its part's heading.
        if (name.Length < key.Length && IsSectionNumeral(key[..1]) && ReportTemplate.SectionNumerals.ToList().IndexOf(key[..1].ToString()) is var numbered)
        {
            foreach (var variant in Variants[numbered])
            {
                if (name.Length >= 4 && LabelDistance.WithinOneEdit(name, ChineseText.LabelKeyWithoutQuotes(variant)))
                {
                    return numbered;
                }
            }
        }
        return null;
    }

    private static bool HasKeyword(ReadOnlySpan<char> line)
    {
        var from = 0;
        for (var at = line.IndexOfAny(KeywordEnds); at >= 0; at = line[from..].IndexOfAny(KeywordEnds))
        {
            at += from;
            foreach (var keyword in Keywords)
            {
                if (at > 0 && keyword[0] == line[at - 1] && keyword[1] == line[at])
                {
                    return true;
                }
            }
            from = at + 1;
        }
        return false;
    }

    private static ReadOnlySpan<char> StripNumbering(ReadOnlySpan<char> key)
    {
        if (key.StartsWith('第') && key.IndexOf("部分", StringComparison.Ordinal) is var part and > 1 and < 5)
        {
            return key[(part + 2)..].TrimStart(".：");
        }
        if (key.Length > 2 && key[1] == '.' && IsSectionNumeral(key[..1]))
        {
            return key[2..];
        }
        return key;
    }

    private static bool IsSectionNumeral(ReadOnlySpan<char> text)
    {
        foreach (var numeral in ReportTemplate.SectionNumerals)
        {
            if (text.SequenceEqual(numeral))
            {
                return true;
            }
        }
        return false;
    }
}
