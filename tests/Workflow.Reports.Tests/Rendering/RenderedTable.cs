using System.Net;
using System.Text.RegularExpressions;

namespace Workflow.Reports.Tests.Rendering;

/// <summary>
/// A rendered &lt;table&gt; laid out on its grid the way a browser does (row and column spans), so tests can
/// assert the official layout: how many columns each row fills, where each label sits.
/// </summary>
internal sealed partial class RenderedTable
{
    public sealed record Cell(string Tag, string Text, int Column, int Colspan, int Rowspan);

    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; }

    /// <summary>Grid width each row fills, counting cells spanning down from rows above.</summary>
    public IReadOnlyList<int> Widths { get; }

    private RenderedTable(IReadOnlyList<IReadOnlyList<Cell>> rows, IReadOnlyList<int> widths) => (Rows, Widths) = (rows, widths);

    public static RenderedTable Find(string html, string cssClass)
    {
        var table = Regex.Match(html, $"<table class=\"report-table {cssClass}\">(.*?)</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"no table {cssClass}");
        var occupiedUntil = new Dictionary<int, int>();
        var rows = new List<IReadOnlyList<Cell>>();
        var widths = new List<int>();
        var rowIndex = 0;
        foreach (Match tr in RowPattern().Matches(table.Groups[1].Value))
        {
            var cells = new List<Cell>();
            var column = 0;
            foreach (Match cell in CellPattern().Matches(tr.Groups[1].Value))
            {
                while (occupiedUntil.TryGetValue(column, out var until) && until > rowIndex)
                {
                    column++;
                }
                var colspan = Span(cell.Groups[2].Value, "colspan");
                var rowspan = Span(cell.Groups[2].Value, "rowspan");
                cells.Add(new Cell(cell.Groups[1].Value, WebUtility.HtmlDecode(cell.Groups[3].Value), column, colspan, rowspan));
                for (var c = column; c < column + colspan; c++)
                {
                    occupiedUntil[c] = rowIndex + rowspan;
                }
                column += colspan;
            }
            widths.Add(occupiedUntil.Count(o => o.Value > rowIndex));
            rows.Add(cells);
            rowIndex++;
        }
        return new RenderedTable(rows, widths);
    }

    public IEnumerable<IReadOnlyList<Cell>> DataRows => Rows.Where(r => r.Any(c => c.Tag == "td"));

    public Cell Header(string text) => Rows.SelectMany(r => r).Single(c => c.Tag == "th" && c.Text == text);

    private static int Span(string attributes, string name)
    {
        var match = Regex.Match(attributes, $"{name}=\"(\\d+)\"");
        return match.Success ? int.Parse(match.Groups[1].Value) : 1;
    }

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<(th|td)([^>]*)>(.*?)</\\1>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
