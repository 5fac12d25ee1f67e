using UglyToad.PdfPig.Content;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// The table borders among a page's drawn paths: thin horizontal or vertical segments, stroked (as LibreOffice
/// draws them) or filled as hairline rectangles (as Word and WPS do). Shading, boxes and curves are not borders.
/// </summary>
internal static class RulingReader
{
    /// <summary>A border is at most this thick, in points; a shaded row is a full line of text high.</summary>
    private const double MaxThickness = 2.0;

    /// <summary>Shorter segments are tick marks or glyph parts, not cell borders.</summary>
    private const double MinLength = 4.0;

    /// <summary>A page with more segments than any table has is a drawing; its text is read by gaps alone.</summary>
    private const int MaxRulings = 5_000;

    public static PageRulings Of(Page page)
    {
        var verticals = new List<Ruling>();
        var horizontals = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled)
            {
                continue;
            }
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }
                if (box.Width <= MaxThickness && box.Height >= MinLength)
                {
                    verticals.Add(new Ruling((box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
                else if (box.Height <= MaxThickness && box.Width >= MinLength)
                {
                    horizontals.Add(new Ruling((box.Bottom + box.Top) / 2, box.Left, box.Right));
                }
            }
            if (verticals.Count + horizontals.Count > MaxRulings)
            {
                return PageRulings.None;
            }
        }
        return new PageRulings(verticals, horizontals);
    }
}
