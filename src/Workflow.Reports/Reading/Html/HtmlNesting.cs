namespace Workflow.Reports.Reading.Html;

/// <summary>
/// A guard run before the HTML parser. Tree construction checks element scope by walking the stack of open
/// elements, so its cost grows with the nesting depth at every tag: 100 000 nested &lt;div&gt; take minutes.
/// This scan estimates the depth at each start tag (void elements and siblings that close each other, such as
/// &lt;p&gt; and &lt;td&gt;, do not nest) and refuses pages nested deeper, or costlier in total, than any report page.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 3000;

    /// <summary>Sum of the depths at every start tag; real report pages stay below 10⁶.</summary>
    private const long MaxWork = 20_000_000;

    private static readonly HashSet<string> Flat =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "!doctype",
    ];

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"];

    /// <exception cref="UnreadableReportException">Code "too-complex".</exception>
    public static void Check(string html)
    {
        var depth = 0;
        long work = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '!' or '-' or ':'))
            {
                end++;
            }
            if (end == start || !(char.IsAsciiLetter(html[start]) || html[start] == '!'))
            {
                i++;
                continue;
            }
            var name = html[start..end].ToLowerInvariant();
            var tagEnd = html.IndexOf('>', end);
            if (tagEnd < 0)
            {
                return;
            }
            if (closing)
            {
                if (!Flat.Contains(name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (Array.IndexOf(RawText, name) >= 0)
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                tagEnd = close < 0 ? html.Length - 1 : close;
            }
            else if (!Flat.Contains(name) && html[tagEnd - 1] != '/')
            {
                depth++;
                work += depth;
                if (depth > MaxDepth || work > MaxWork)
                {
                    throw new UnreadableReportException(
                        "too-complex",
                        $"网页的标签嵌套过深（超过 {MaxDepth} 层）或结构过于复杂，不像一份年度报告网页，已停止读取。");
                }
            }
            i = tagEnd + 1;
        }
    }
}
