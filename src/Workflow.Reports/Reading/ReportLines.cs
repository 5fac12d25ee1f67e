using System.Text.RegularExpressions;

namespace Workflow.Reports.Reading;

/// <summary>
/// Splits a flattened report into lines: any line break or form feed ends a line, page footers
/// ("-3-", "第 3 页") are dropped so that a label wrapped over a page break stays together, and invisible
/// characters from web pages are removed.
/// </summary>
internal static partial class ReportLines
{
    /// <summary>The lines, each a range of one string: a report has hundreds, and most are only read.</summary>
    public static List<ReadOnlyMemory<char>> Split(ReadOnlyMemory<char> text)
    {
        // Invisible characters are dealt with in the whole text at once, so that every line is a range of it.
        var clean = HasInvisible(text.Span) ? Clean(text.Span).AsMemory() : text;
        var all = clean.Span;
        var lines = new List<ReadOnlyMemory<char>>(all.Count('\n') + 1);
        // Searching for the ASCII breaks alone is much faster, and few texts have a Unicode line or paragraph separator.
        var breaks = all.ContainsAny('\u2028', '\u2029') ? Breaks : AsciiBreaks;
        var start = 0;
        while (start <= all.Length)
        {
            var length = all[start..].IndexOfAny(breaks);
            var stop = length < 0 ? all.Length : start + length;
            var line = clean.Slice(start, stop - start).TrimEnd();
            if (line.Span.Trim().Length > 24 || !MayBeFooter(line.Span) || !PageFooter().IsMatch(line.Span))
            {
                lines.Add(line);
            }
            if (stop + 1 < all.Length && all[stop] == '\r' && all[stop + 1] == '\n')
            {
                stop++;
            }
            start = stop + 1;
        }
        return lines;
    }

    private static string Clean(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
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
        return new string(chars, 0, length);
    }

    /// <summary>Every footer has a digit and a dash or 页; the regex runs only on the few short lines that do.</summary>
    private static bool MayBeFooter(ReadOnlySpan<char> line) =>
        line.IndexOfAnyInRange('0', '9') >= 0 && line.IndexOfAny(FooterMarks) >= 0;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\n\r\f\v\u2028\u2029");

    private static readonly System.Buffers.SearchValues<char> AsciiBreaks = System.Buffers.SearchValues.Create("\n\r\f\v");

    private static readonly System.Buffers.SearchValues<char> FooterMarks = System.Buffers.SearchValues.Create("-－—–页");

    /// <summary>
    /// Whether the text has a character <see cref="Clean"/> removes or replaces. Two vectorised searches: a SearchValues of
    /// all six characters is answered one character at a time, which made it the costliest scan of a report.
    /// </summary>
    private static bool HasInvisible(ReadOnlySpan<char> text) =>
        text.IndexOfAny('\t', '\u00A0', '\uFEFF') >= 0 || text.IndexOfAnyInRange('\u200B', '\u200D') >= 0;

    [GeneratedRegex(@"^\s*(?:[-－—–]\s*[0-9]{1,4}\s*[-－—–]|第\s*[0-9]{1,4}\s*页(?:\s*[,，/]?\s*共\s*[0-9]{1,4}\s*页)?)\s*$")]
    private static partial Regex PageFooter();
}
