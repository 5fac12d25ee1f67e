using System.Globalization;
using System.Text;

namespace Workflow.Functions.Publishing;

/// <summary>
/// A bar chart drawn as inline SVG on the server: no scripts, text in the page's own fonts, dark bars on white that
/// print as they show. <see cref="Bins"/> label the bars; the chart's title is its accessible name.
/// </summary>
public static class StatisticsChart
{
    private const int Width = 560;
    private const int Height = 220;
    private const int Left = 36;
    private const int Bottom = 40;
    private const int Top = 24;

    public static void Render(StringBuilder html, string id, string title, IReadOnlyList<(string Label, int Count)> bins)
    {
        var max = Math.Max(1, bins.Count == 0 ? 1 : bins.Max(b => b.Count));
        var plotHeight = Height - Top - Bottom;
        var slot = (double)(Width - Left - 8) / Math.Max(1, bins.Count);
        html.Append("<figure class=\"chart\"><svg id=\"").Append(id).Append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .Append(Width).Append(' ').Append(Height).Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-t\"><title id=\"").Append(id).Append("-t\">")
            .Append(PublicPageText.Encode(title)).Append("</title>")
            .Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(Height - Bottom).Append("\" x2=\"").Append(Width - 4)
            .Append("\" y2=\"").Append(Height - Bottom).Append("\" stroke=\"#333\"/>");
        for (var i = 0; i < bins.Count; i++)
        {
            var (label, count) = bins[i];
            var barHeight = count == 0 ? 0 : Math.Max(1, plotHeight * count / (double)max);
            var x = Left + i * slot + slot * 0.15;
            var y = Height - Bottom - barHeight;
            html.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(slot * 0.7))
                .Append("\" height=\"").Append(N(barHeight)).Append("\" fill=\"#35506b\"><title>").Append(PublicPageText.Encode(label)).Append('：')
                .Append(count).Append("</title></rect>")
                .Append("<text x=\"").Append(N(x + slot * 0.35)).Append("\" y=\"").Append(N(y - 4)).Append("\" text-anchor=\"middle\" font-size=\"11\">")
                .Append(count).Append("</text>")
                .Append("<text x=\"").Append(N(x + slot * 0.35)).Append("\" y=\"").Append(Height - Bottom + 14).Append("\" text-anchor=\"middle\" font-size=\"10\">")
                .Append(PublicPageText.Encode(label)).Append("</text>");
        }
        html.Append("<text x=\"").Append(Left).Append("\" y=\"").Append(Height - 8).Append("\" font-size=\"11\" fill=\"#555\">单位数</text>")
            .Append("</svg><figcaption>").Append(PublicPageText.Encode(title)).Append("</figcaption></figure>\n");
    }

    /// <summary>Ten bins of ten percentage points; 100% falls in the last.</summary>
    public static IReadOnlyList<(string Label, int Count)> RatioBins(IEnumerable<decimal> ratios)
    {
        var counts = new int[10];
        foreach (var r in ratios)
        {
            counts[Math.Clamp((int)Math.Floor(r * 10), 0, 9)]++;
        }
        return [.. counts.Select((c, i) => ($"{i * 10}–{(i + 1) * 10}%", c))];
    }

    /// <summary>Bins of received applications, wider as numbers grow (a county department gets a few, a city hundreds).</summary>
    public static IReadOnlyList<(string Label, int Count)> CountBins(IEnumerable<long> values)
    {
        (string Label, long Upto)[] bins = [("0", 0), ("1–5", 5), ("6–20", 20), ("21–50", 50), ("51–100", 100), ("101–500", 500), ("501–2000", 2000), (">2000", long.MaxValue)];
        var counts = new int[bins.Length];
        foreach (var v in values)
        {
            counts[Array.FindIndex(bins, b => Math.Max(0, v) <= b.Upto)]++;
        }
        return [.. bins.Select((b, i) => (b.Label, counts[i]))];
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
