using System.Text.RegularExpressions;

namespace Workflow.Reports.Reading.PlainText;

/// <summary>
/// Splits a flattened report into lines: any line break or form feed ends a line; invisible characters from web
/// pages are removed, box-drawing borders (w3m, OCR) become bars, and lines that are only furniture are dropped:
/// page footers ("-3-", "— 3 —", "第 3 页") so that a table broken by a page stays together, and the rule lines of
/// markdown and drawn tables (<c>|---|:--|</c>, <c>+----+</c>, <c>├──┼──┤</c>).
/// </summary>
internal static partial class TextLines
{
    /// <param name="rules">
    /// When given, filled alongside the lines: for each, the columns of the table it is inside when that table is drawn
    /// with a rule of dashes over each column (pandoc's plain and simple tables, above and below the rows), else null.
    /// </param>
    /// <param name="ruledAbove">When given, filled alongside the lines: whether a rule line was dropped just above each.</param>
    public static List<string> Split(ReadOnlySpan<char> text, List<ColumnRule?>? rules = null, List<bool>? ruledAbove = null)
    {
        var lines = new List<string>(text.Count('\n') + 1);
        ColumnRule? open = null;
        var opened = 0;
        var ruled = false;
        var rest = text;
        var more = true;
        while (more)
        {
            var end = NextBreak(rest);
            more = end >= 0;
            var raw = more ? rest[..end] : rest;
            rest = more ? rest[(end + 1)..] : [];
            // Only spaces are trimmed: a tab at the end of a row copied from a browser is the border of its last, blank cell.
            var line = Unmark(raw.IndexOfAny(Replaced) < 0 ? raw.TrimEnd(' ').ToString() : Clean(raw).TrimEnd(' '));
            if (!IsFurniture(line))
            {
                lines.Add(line);
                rules?.Add(null);
                ruledAbove?.Add(ruled);
                ruled = false;
                continue;
            }
            // A markdown table's separator (bars, dashes and colons) rules under its header only, not between rows.
            ruled |= line.AsSpan().IndexOfAnyExcept(MarkdownRule) >= 0 && RuleLine().IsMatch(line.Trim());
            if (rules is null || !line.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }
            // The lines between a rule of columns and the next rule are the rows of its table.
            if (open is not null)
            {
                for (var l = opened; l < lines.Count; l++)
                {
                    rules[l] = open;
                }
            }
            open = open is null ? ColumnRule.Of(line) : null;
            opened = lines.Count;
        }
        return lines;
    }

    /// <summary>
    /// A line of markdown as the text it marks up: a heading's #s, the ** or __ around a whole line (pandoc writes part
    /// headings as <c>**一、总体情况**</c>), a blockquote's &gt; and the backslash of an escape go; table bars stay.
    /// </summary>
    private static string Unmark(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] is not ('#' or '*' or '_' or '>') && !line.Contains('\\')))
        {
            return line;
        }
        var text = trimmed.TrimStart('#', '>').Trim();
        while (text.Length >= 4 && ((text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
            || (text.StartsWith("__", StringComparison.Ordinal) && text.EndsWith("__", StringComparison.Ordinal))))
        {
            text = text[2..^2].Trim();
        }
        return text.Replace("\\", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where the first line break is: \n, \v, \f, \r (one range of ASCII) or the Unicode line and paragraph separators
    /// (another), searched as two ranges rather than as one set, which is slow on text that is mostly ideographs.
    /// </summary>
    private static int NextBreak(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAnyInRange('\n', '\r');
        var separator = (ascii < 0 ? text : text[..ascii]).IndexOfAnyInRange('\u2028', '\u2029');
        return separator >= 0 ? separator : ascii;
    }

    /// <summary>A line without its invisible characters, with no-break spaces as spaces and box-drawing bars as bars.</summary>
    private static string Clean(ReadOnlySpan<char> line)
    {
        var chars = new char[line.Length];
        var length = 0;
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    break;
                case '\u00A0':
                    chars[length++] = ' ';
                    break;
                case '│' or '┃' or '║' or '┆' or '┇' or '¦':
                    chars[length++] = '|';
                    break;
                default:
                    chars[length++] = c;
                    break;
            }
        }
        return new string(chars, 0, length);
    }

    private static readonly System.Buffers.SearchValues<char> RuleCharacters = System.Buffers.SearchValues.Create("-─━═=");

    private static readonly System.Buffers.SearchValues<char> MarkdownRule = System.Buffers.SearchValues.Create(" |:-");

    private static readonly System.Buffers.SearchValues<char> Replaced =
        System.Buffers.SearchValues.Create("\u200B\u200C\u200D\uFEFF\u00A0│┃║┆┇¦");

    public static bool IsFurniture(string line)
    {
        var trimmed = line.AsSpan().Trim();
        // Cheap tests first: most lines are prose, which has none of the characters every piece of furniture has.
        return trimmed.Length > 0
            && ((trimmed.Length <= 24 && trimmed.IndexOfAnyInRange('0', '9') >= 0 && PageFooter().IsMatch(trimmed))
                || (trimmed.IndexOfAny(RuleCharacters) >= 0 && RuleLine().IsMatch(trimmed))
                || ((trimmed.Contains(':') || trimmed.Contains("//", StringComparison.Ordinal)) && PrintMargin().IsMatch(trimmed))
                || (trimmed[0] is '<' or ':' && MarkupLine().IsMatch(trimmed)));
    }

    /// <summary>
    /// What a browser prints in a page's margins: the date and time it printed (top), the address and "page/pages"
    /// (bottom). Printing a government page to PDF is how many reports reach a PDF tool.
    /// </summary>
    [GeneratedRegex(@"^(?:[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?\s+[0-9]{1,2}:[0-9]{2}(?:\s*[AaPp][Mm])?(?:\s|$)|(?:file|https?)://\S+\s+[0-9]{1,4}\s*/\s*[0-9]{1,4}$)")]
    private static partial Regex PrintMargin();

    /// <summary>A line that is only a tag (<c>&lt;div class="crumb"&gt;</c>, <c>&lt;/div&gt;</c>) or a pandoc fence (<c>::: article</c>).</summary>
    [GeneratedRegex(@"^(?:</?[a-zA-Z][^<>]*>|:{3,}.*)$")]
    private static partial Regex MarkupLine();

    [GeneratedRegex(@"^(?:[-－—–]+\s*[0-9]{1,4}\s*[-－—–]+|第\s*[0-9]{1,4}\s*页(?:\s*[,，/]?\s*共\s*[0-9]{1,4}\s*页)?|[0-9]{1,4}\s*/\s*[0-9]{1,4})$")]
    private static partial Regex PageFooter();

    /// <summary>Only rule characters: bars, dashes, colons, pluses, equals signs and box-drawing, with at least three dashes.</summary>
    [GeneratedRegex(@"^(?=.*(?:-{3}|─{2}|━{2}|═{2}|={3}))[\s|:+\-─━═┌┐└┘├┤┬┴┼╋┏┓┗┛┣┫┳┻╔╗╚╝╠╣╦╩╬=]+$")]
    private static partial Regex RuleLine();
}
