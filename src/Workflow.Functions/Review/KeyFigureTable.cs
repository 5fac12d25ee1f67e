using System.Globalization;
using System.Net;
using System.Text;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Review;

/// <summary>
/// The small table of key figures (指标, 上年, 本年, 变化) on the review page and in the reviewer email, and its
/// plain-text form for the text part of the email. Unknown values show as "—"; the change is the difference
/// and, when last year was not 0, the percentage.
/// </summary>
public static class KeyFigureTable
{
    private const string Unknown = "—";
    private const string EmailCell = "border:1px solid #bbb;padding:4px 8px;text-align:left;";

    public static string Caption(YearComparison comparison) =>
        $"与{comparison.PreviousYear}年度报告（{comparison.Origin}）相比的主要数据";

    /// <param name="inlineStyles">True for email (clients drop style sheets), false for the page and its CSS.</param>
    public static string Html(YearComparison comparison, bool inlineStyles)
    {
        var cell = inlineStyles ? $" style=\"{EmailCell}\"" : "";
        var html = new StringBuilder();
        html.Append(inlineStyles
                ? "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:14px;margin:8px 0 16px;\">"
                : "<table class=\"list key-figures\">")
            .Append("<thead><tr>")
            .Append("<th").Append(cell).Append(">指标</th>")
            .Append("<th").Append(cell).Append(">上年（").Append(comparison.PreviousYear).Append("年）</th>")
            .Append("<th").Append(cell).Append(">本年（").Append(comparison.Year).Append("年）</th>")
            .Append("<th").Append(cell).Append(">变化</th>")
            .Append("</tr></thead><tbody>\n");
        foreach (var figure in comparison.Figures)
        {
            html.Append("<tr data-key=\"").Append(E(figure.Key)).Append("\">")
                .Append("<td").Append(cell).Append('>').Append(E(figure.Name)).Append("</td>")
                .Append("<td").Append(cell).Append('>').Append(Value(figure.Previous)).Append("</td>")
                .Append("<td").Append(cell).Append('>').Append(Value(figure.Current)).Append("</td>")
                .Append("<td").Append(cell).Append('>').Append(E(Change(figure))).Append("</td>")
                .Append("</tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    public static IEnumerable<string> Lines(YearComparison comparison) =>
        comparison.Figures.Select(f => $"· {f.Name}：上年 {Value(f.Previous)}，本年 {Value(f.Current)}，变化 {Change(f)}");

    /// <summary>"+3（+25%）", "-2（-40%）", "0", "+5" (last year 0), "—" (either unknown).</summary>
    public static string Change(KeyFigureChange figure)
    {
        if (figure.Difference is not { } difference)
        {
            return Unknown;
        }

        var shown = difference > 0 ? "+" + Number(difference) : Number(difference);
        if (difference == 0 || figure.Ratio is not { } ratio)
        {
            return shown;
        }

        var percent = Math.Round((ratio - 1) * 100, MidpointRounding.AwayFromZero);
        return $"{shown}（{(percent > 0 ? "+" : "")}{Number(percent)}%）";
    }

    private static string Value(decimal? value) => value is { } v ? Number(v) : Unknown;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
