using System.Text.RegularExpressions;

namespace Workflow.Reports.Reading;

/// <summary>
/// Splits a flattened report into lines: any line break or form feed ends a line, page footers
/// ("-3-", "第 3 页") are dropped so that a label wrapped over a page break stays together, and invisible
/// characters from web pages are removed.
/// </summary>
internal static partial class ReportLines
{
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        // Searching for the ASCII breaks alone is much faster, and few texts have a Unicode line or paragraph separator.
        var breaks = text.AsSpan().ContainsAny('\u2028', '\u2029') ? Breaks : AsciiBreaks;
        var invisible = text.AsSpan().ContainsAny(Invisible);
        var start = 0;
        while (start <= text.Length)
        {
            var length = text.AsSpan(start).IndexOfAny(breaks);
            var stop = length < 0 ? text.Length : start + length;
            var line = Clean(text.AsSpan(start, stop - start), invisible);
            if (line.AsSpan().Trim().Length > 24 || !MayBeFooter(line) || !PageFooter().IsMatch(line))
            {
                lines.Add(line);
            }
            if (stop + 1 < text.Length && text[stop] == '\r' && text[stop + 1] == '\n')
            {
                stop++;
            }
            start = stop + 1;
        }
        return lines;
    }

    private static string Clean(ReadOnlySpan<char> line, bool invisible)
    {
        if (!invisible || line.IndexOfAny(Invisible) < 0)
        {
            return line.TrimEnd().ToString();
        }
        var chars = new char[line.Length];
        var length = 0;
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    break;
                case '\u00A0' or '\t':
                    chars[length++] = ' ';
                    break;
                default:
                    chars[length++] = c;
                    break;
            }
        }
        return new string(chars, 0, length).TrimEnd();
    }

    /// <summary>Every footer has a digit and a dash or 页; the regex runs only on the few short lines that do.</summary>
    private static bool MayBeFooter(string line) =>
        line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && line.AsSpan().IndexOfAny(FooterMarks) >= 0;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\n\r\f\v\u2028\u2029");

    private static readonly System.Buffers.SearchValues<char> AsciiBreaks = System.Buffers.SearchValues.Create("\n\r\f\v");

    private static readonly System.Buffers.SearchValues<char> FooterMarks = System.Buffers.SearchValues.Create("-－—–页");

    private static readonly System.Buffers.SearchValues<char> Invisible =
        System.Buffers.SearchValues.Create("\u200B\u200C\u200D\uFEFF\u00A0\t");

    [GeneratedRegex(@"^\s*(?:[-－—–]\s*[0-9]{1,4}\s*[-－—–]|第\s*[0-9]{1,4}\s*页(?:\s*[,，/]?\s*共\s*[0-9]{1,4}\s*页)?)\s*$")]
    private static partial Regex PageFooter();
}
