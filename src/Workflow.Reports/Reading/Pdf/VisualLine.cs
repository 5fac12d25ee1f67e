namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// Words of a page that share a baseline, left to right, gathered into runs. Cells of a table row sit a little
/// above or below each other (each is centred in its cell), so the baseline tolerance is a fraction of the type size.
/// </summary>
internal sealed record VisualLine(IReadOnlyList<LineRun> Runs, double Baseline, double Size, int Page)
{
    /// <summary>Baselines closer than this fraction of the type size are one line; the next line of text is a full size away.</summary>
    private const double BaselineTolerance = 0.45;

    /// <summary>A gap wider than about one character separates cells; justified CJK text never leaves one.</summary>
    private const double CellGap = 1.0;

    /// <summary>Numbers are never continued after a space, so any space between two of them separates cells.</summary>
    private const double NumberGap = 0.2;

    /// <summary>Glyphs closer than this are one word (PdfPig yields CJK text glyph by glyph); wider gaps are spaces.</summary>
    private const double SpaceGap = 0.25;

    public string Text => string.Join(' ', Runs.Select(run => run.Text));

    public bool IsTabular => Runs.Count >= 2;

    public double Left => Runs[0].Left;

    public double Right => Runs[^1].Right;

    /// <summary>The lines of a page from top to bottom.</summary>
    public static IReadOnlyList<VisualLine> Of(PageWords page, int pageNumber)
    {
        var lines = new List<VisualLine>();
        var pending = new List<PlacedWord>();
        foreach (var word in page.Words.OrderByDescending(word => word.Baseline))
        {
            if (pending.Count > 0 && pending[0].Baseline - word.Baseline > BaselineTolerance * Math.Max(word.Size, pending[0].Size))
            {
                lines.Add(Line(pending, pageNumber));
                pending.Clear();
            }
            pending.Add(word);
        }
        if (pending.Count > 0)
        {
            lines.Add(Line(pending, pageNumber));
        }
        return lines;
    }

    private static VisualLine Line(List<PlacedWord> words, int pageNumber)
    {
        var ordered = words.OrderBy(word => word.Left).ToList();
        var runs = new List<LineRun>();
        var text = new System.Text.StringBuilder(ordered[0].Text);
        var (left, right, last) = (ordered[0].Left, ordered[0].Right, ordered[0]);
        foreach (var word in ordered.Skip(1))
        {
            var size = Math.Max(word.Size, last.Size);
            var gap = word.Left - right;
            if (gap > CellGap * size || (gap > NumberGap * size && LineRun.IsNumeric(last.Text) && LineRun.IsNumeric(word.Text)))
            {
                runs.Add(new LineRun(text.ToString(), left, right));
                text.Clear().Append(word.Text);
                left = word.Left;
            }
            else
            {
                if (gap > SpaceGap * size && !(IsCjk(last.Text[^1]) && IsCjk(word.Text[0])))
                {
                    text.Append(' ');
                }
                text.Append(word.Text);
            }
            right = Math.Max(right, word.Right);
            last = word;
        }
        runs.Add(new LineRun(text.ToString(), left, right));
        return new VisualLine(runs, words.Max(word => word.Baseline), Median(words.Select(word => word.Size)), pageNumber);
    }

    /// <summary>Han characters and CJK punctuation, which are written without spaces between them.</summary>
    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
