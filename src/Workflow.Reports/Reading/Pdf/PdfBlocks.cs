using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// The pages' lines as report blocks: each prose line a paragraph, each table region a grid. A region is a run of
/// lines split into cells (by wide gaps or separate numbers), together with the single-cell lines between them
/// that belong to the table: label fragments and sub-headings printed in the table's type size and row pitch.
/// A table that runs over a page break continues as one region, the page number lines between being dropped.
/// </summary>
internal static class PdfBlocks
{
    /// <summary>A single-cell line in a larger type than the table (a part heading) ends it.</summary>
    private const double TableSizeTolerance = 1.15;

    /// <summary>A heading is set at least this much larger than the body text.</summary>
    private const double HeadingSize = 1.2;

    /// <summary>The lines of a wrapped heading are at most this many type sizes apart (LibreOffice sets 1.73).</summary>
    private const double HeadingPitch = 2.0;

    /// <summary>Type sizes within this fraction are one size.</summary>
    private const double SameSize = 0.02;

    /// <summary>A single-cell line further below its predecessor than this many row pitches has left the table.</summary>
    private const double PitchTolerance = 1.6;

    /// <summary>Row pitch assumed while a region has only one line, in type sizes.</summary>
    private const double FirstPitch = 5;

    /// <summary>The least row pitch, in type sizes: header lines of one row can be closer than a line of text.</summary>
    private const double LeastPitch = 1.2;

    /// <summary>A single-cell line wider than this share of the table is prose.</summary>
    private const double ProseWidth = 0.6;

    /// <summary>The row pitch is taken from the last rows only, so that the cost of a line stays constant.</summary>
    private const int RecentRows = 9;

    public static IReadOnlyList<ReportBlock> Of(IReadOnlyList<PageWords> pages)
    {
        var lines = pages
            .SelectMany((page, index) => PageFurniture.Without(VisualLine.Of(page, index + 1), page.Height))
            .ToList();
        var bodySize = VisualLine.Median(lines.Select(line => line.Size));
        var blocks = new List<ReportBlock>();
        var at = 0;
        while (at < lines.Count)
        {
            if (!lines[at].IsTabular)
            {
                if (at > 0 && blocks[^1] is ParagraphBlock heading && ContinuesHeading(lines[at - 1], lines[at], bodySize))
                {
                    blocks[^1] = new ParagraphBlock(heading.Text + lines[at++].Text);
                    continue;
                }
                blocks.Add(new ParagraphBlock(lines[at++].Text));
                continue;
            }
            var region = Region(lines, at);
            at += region.Count;
            blocks.Add(region.Count == 1 && !region[0].Runs.Any(run => run.IsNumber)
                ? new ParagraphBlock(region[0].Text)
                : new TableBlock(new TableRegion(region).Grid()));
        }
        return blocks;
    }

    /// <summary>
    /// Whether a prose line is the wrapped rest of a heading set larger than the body text (a long title breaks before
    /// its last characters, "…工作年度报" and "告"): the same large type, on the next line of the same page.
    /// </summary>
    private static bool ContinuesHeading(VisualLine previous, VisualLine line, double bodySize) =>
        !previous.IsTabular
        && previous.Page == line.Page
        && line.Size > HeadingSize * bodySize
        && Math.Abs(line.Size - previous.Size) <= SameSize * previous.Size
        && previous.Baseline - line.Baseline <= HeadingPitch * previous.Size;

    /// <summary>The region starting at a tabular line: it ends before single-cell lines that no tabular line follows.</summary>
    private static List<VisualLine> Region(List<VisualLine> lines, int start)
    {
        var region = new List<VisualLine> { lines[start] };
        var pending = new List<VisualLine>();
        var (left, right) = (lines[start].Left, lines[start].Right);
        for (var at = start + 1; at < lines.Count; at++)
        {
            var line = lines[at];
            if (line.IsTabular)
            {
                region.AddRange(pending);
                pending.Clear();
                region.Add(line);
                (left, right) = (Math.Min(left, line.Left), Math.Max(right, line.Right));
            }
            else if (!line.OutsideRuledTable
                && line.Size <= TableSizeTolerance * lines[start].Size
                && line.Right - line.Left <= ProseWidth * (right - left)
                && Follows(region, pending.Count > 0 ? pending[^1] : region[^1], line))
            {
                pending.Add(line);
            }
            else
            {
                break;
            }
        }
        return region;
    }

    /// <summary>Whether the line is as close below its predecessor as the region's recent rows are to each other.</summary>
    private static bool Follows(List<VisualLine> region, VisualLine previous, VisualLine line)
    {
        if (line.Page != previous.Page)
        {
            return true;
        }
        var recent = region.TakeLast(RecentRows).ToList();
        var pitches = recent.Zip(recent.Skip(1))
            .Where(pair => pair.First.Page == pair.Second.Page)
            .Select(pair => pair.First.Baseline - pair.Second.Baseline)
            .ToList();
        var pitch = pitches.Count > 0 ? Math.Max(VisualLine.Median(pitches), LeastPitch * region[0].Size) : FirstPitch * region[0].Size;
        return previous.Baseline - line.Baseline <= PitchTolerance * pitch;
    }
}
