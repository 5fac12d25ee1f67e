namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// The table border lines drawn on a page. LibreOffice sets table cells so close that the text of adjacent cells
/// (a label and its number, three column headers) runs together with no wider gap than between letters; the
/// borders drawn between them still tell the cells apart, and tell a number wrapped inside a narrow cell from the
/// numbers of the rows above and below.
/// </summary>
internal sealed record PageRulings(IReadOnlyList<Ruling> Verticals, IReadOnlyList<Ruling> Horizontals)
{
    public static readonly PageRulings None = new([], []);

    public bool IsEmpty => Verticals.Count == 0 || Horizontals.Count == 0;

    /// <summary>Whether a vertical border crosses the baseline band at <paramref name="y"/> between two x positions.</summary>
    public bool Separates(double leftX, double rightX, double y) =>
        Verticals.Any(rule => rule.Position > leftX && rule.Position < rightX && rule.Spans(y));

    /// <summary>The closest borders on all four sides of a point, or null when it is not inside a drawn table.</summary>
    public RuledCell? CellAt(double x, double y)
    {
        if (IsEmpty)
        {
            return null;
        }
        var left = Closest(Verticals.Where(rule => rule.Position <= x && rule.Spans(y)), below: true);
        var right = Closest(Verticals.Where(rule => rule.Position > x && rule.Spans(y)), below: false);
        var bottom = Closest(Horizontals.Where(rule => rule.Position <= y && rule.Spans(x)), below: true);
        var top = Closest(Horizontals.Where(rule => rule.Position > y && rule.Spans(x)), below: false);
        return left is { } l && right is { } r && bottom is { } b && top is { } t ? new RuledCell(l, r, b, t) : null;
    }

    /// <summary>The highest of the positions below a point, or the lowest of those above it.</summary>
    private static double? Closest(IEnumerable<Ruling> rules, bool below)
    {
        double? closest = null;
        foreach (var rule in rules)
        {
            if (closest is null || (below ? rule.Position > closest : rule.Position < closest))
            {
                closest = rule.Position;
            }
        }
        return closest;
    }
}
