using System.Text.RegularExpressions;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// Page numbers printed in the top or bottom margin (<c>- 4 -</c>, <c>— 3 —</c>, <c>第 3 页</c>, <c>3/12</c>, a lone
/// number). They fall inside tables that run over a page break, where they would read as a row. A number inside a
/// drawn table cell is a value, even on a page's first lines.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>The share of the page height at top and bottom where headers and footers are printed.</summary>
    private const double Margin = 0.15;

    /// <summary>Only the outermost lines of a page: a lone number further in is a table value.</summary>
    private const int OutermostLines = 2;

    /// <summary>The lines of a page without its page number lines.</summary>
    public static IEnumerable<VisualLine> Without(IReadOnlyList<VisualLine> lines, double pageHeight) =>
        lines.Where((line, index) => !IsPageNumber(line, index, lines.Count, pageHeight));

    private static bool IsPageNumber(VisualLine line, int index, int count, double pageHeight) =>
        !line.InsideRuledTable
        && (index < OutermostLines || index >= count - OutermostLines)
        && (line.Baseline > (1 - Margin) * pageHeight || line.Baseline < Margin * pageHeight)
        && PageNumber().IsMatch(line.Text.Replace(" ", "", StringComparison.Ordinal));

    [GeneratedRegex(@"^([-—–－~·]*\d{1,4}[-—–－~·]*|第\d{1,4}页(/?共\d{1,4}页)?|共\d{1,4}页第\d{1,4}页|\d{1,4}/\d{1,4}|(?i:page)\d{1,4}(?i:of)\d{1,4})$")]
    private static partial Regex PageNumber();
}
