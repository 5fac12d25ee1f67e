using System.Globalization;
using System.Net;
using System.Text;

namespace Workflow.Reports.Rendering;

/// <summary>Writing report text into HTML: every piece of report text goes through <see cref="Encode"/>.</summary>
internal static class HtmlText
{
    /// <summary>Escaped, and without the characters no page may carry (<see cref="Model.SafeText"/>), whatever the model holds.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(Model.SafeText.Clean(text));

    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>One &lt;p&gt; per non-blank line: reports carry their paragraphs as line breaks.</summary>
    public static void AppendParagraphs(StringBuilder html, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                html.Append("<p>").Append(Encode(trimmed)).Append("</p>\n");
            }
        }
    }

    /// <summary>A table header cell; spans of 1 are left out so the markup reads like the template.</summary>
    public static void AppendHeader(StringBuilder html, string text, int colspan = 1, int rowspan = 1, string? cssClass = null)
    {
        html.Append("<th");
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }
        if (colspan > 1)
        {
            html.Append(" colspan=\"").Append(colspan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }
        if (rowspan > 1)
        {
            html.Append(" rowspan=\"").Append(rowspan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }
        html.Append('>').Append(Encode(text)).Append("</th>");
    }

    public static void AppendData(StringBuilder html, string text, int colspan = 1)
    {
        html.Append("<td");
        if (colspan > 1)
        {
            html.Append(" colspan=\"").Append(colspan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }
        html.Append('>').Append(Encode(text)).Append("</td>");
    }
}
