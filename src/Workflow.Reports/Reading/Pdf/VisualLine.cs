namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// Words of a page that share a baseline, left to right, gathered into runs. Cells of a table row sit a little
/// above or below each other (each is centred in its cell), so the baseline tolerance is a fraction of the type size.
/// </summary>
internal sealed record VisualLine(IReadOnlyList<LineRun> Runs, double Baseline, double Size, int Page)
{
    /// <summary>Where a line's glyphs are halfway up, above the baseline, in type sizes: the point tested against borders.</summary>
    public const double MidHeight = 0.3;

    /// <summary>Baselines closer than this fraction of the type size are one line; the next line of text is a full size away.</summary>
    private const double BaselineTolerance = 0.45;

    /// <summary>A gap wider than about one character separates cells; justified CJK text never leaves one.</summary>
    private const double CellGap = 1.0;

    /// <summary>Numbers are never continued after a space, so any space between two of them separates cells.</summary>
    private const double NumberGap = 0.2;

    /// <summary>
    /// A label and its number in adjacent cells may be set closer than <see cref="CellGap"/>, but never as close as
    /// the letters of one word: a digit after a CJK glyph (or before one) across more than this gap starts a cell.
    /// </summary>
    private const double ScriptGap = 0.2;

    /// <summary>Glyphs closer than this are one word (PdfPig yields CJK text glyph by glyph); wider gaps are spaces.</summary>
    private const double SpaceGap = 0.25;

    public string Text => string.Join(' ', Runs.Select(run => run.Text));

    public bool IsTabular => Runs.Count >= 2;

    public double Left => Runs[0].Left;

    public double Right => Runs[^1].Right;

    /// <summary>Whether the page draws table borders and this line is not inside any of its cells (a heading between tables).</summary>
    public bool OutsideRuledTable { get; init; }

    /// <summary>Where the vertical borders drawn across the line are, left to right: its cells' edges, when the table is ruled.</summary>
    public IReadOnlyList<double> Borders { get; init; } = [];

    /// <summary>
    /// The least high of the drawn cells the line's runs are in: the table row the line is a line of, when the table is
    /// ruled (a label wrapped over lines, and a number set beside its middle line, are in one such cell band).
    /// </summary>
    public RuledCell? Row { get; init; }

    /// <summary>Whether the page draws table borders and this line is inside one of its cells.</summary>
    public bool InsideRuledTable => Row is not null;

    /// <summary>The point of a run tested against the page's borders.</summary>
    public double MidY => Baseline + (MidHeight * Size);

    /// <summary>The lines of a page from top to bottom.</summary>
    public static IReadOnlyList<VisualLine> Of(PageWords page, int pageNumber)
    {
        var lines = new List<VisualLine>();
        var pending = new List<PlacedWord>();
        foreach (var word in page.Words.OrderByDescending(word => word.Baseline))
        {
            if (pending.Count > 0 && pending[0].Baseline - word.Baseline > BaselineTolerance * Math.Max(word.Size, pending[0].Size))
            {
                lines.Add(Line(pending, pageNumber, page.Rulings));
                pending.Clear();
            }
            pending.Add(word);
        }
        if (pending.Count > 0)
        {
            lines.Add(Line(pending, pageNumber, page.Rulings));
        }
        return WrappedNumbers.Joined(lines, page.Rulings);
    }

    private static VisualLine Line(List<PlacedWord> words, int pageNumber, PageRulings rulings)
    {
        var midY = words.Max(word => word.Baseline) + (MidHeight * Median(words.Select(word => word.Size)));
        var ordered = words.OrderBy(word => word.Left).ToList();
        var (gaps, breaks) = (new double[ordered.Count], new CellBreak[ordered.Count]);
        var right = ordered[0].Right;
        for (var i = 1; i < ordered.Count; i++)
        {
            var (last, word) = (ordered[i - 1], ordered[i]);
            var size = Math.Max(word.Size, last.Size);
            gaps[i] = (word.Left - right) / size;
            breaks[i] = gaps[i] > CellGap
                || (gaps[i] > NumberGap && LineRun.IsNumeric(last.Text) && LineRun.IsNumeric(word.Text))
                || rulings.Separates(Centre(last), Centre(word), midY)
                    ? CellBreak.Certain
                    : gaps[i] > ScriptGap && IsScriptChange(last.Text[^1], word.Text[0]) ? CellBreak.InTable : CellBreak.None;
            right = Math.Max(right, word.Right);
        }
        // A prose line may space a number from the Han text around it ("规章 1件"); only a line that is a table row
        // by other breaks is split there.
        var tabular = breaks.Contains(CellBreak.Certain);

        var runs = new List<LineRun>();
        var text = new System.Text.StringBuilder(ordered[0].Text);
        var left = ordered[0].Left;
        right = ordered[0].Right;
        for (var i = 1; i < ordered.Count; i++)
        {
            var (last, word) = (ordered[i - 1], ordered[i]);
            if (breaks[i] == CellBreak.Certain || (tabular && breaks[i] == CellBreak.InTable))
            {
                runs.Add(new LineRun(text.ToString(), left, right));
                text.Clear().Append(word.Text);
                left = word.Left;
            }
            else
            {
                if (gaps[i] > SpaceGap && !(IsCjk(last.Text[^1]) && IsCjk(word.Text[0])))
                {
                    text.Append(' ');
                }
                text.Append(word.Text);
            }
            right = Math.Max(right, word.Right);
        }
        runs.Add(new LineRun(text.ToString(), left, right));
        return new VisualLine(runs, words.Max(word => word.Baseline), Median(words.Select(word => word.Size)), pageNumber)
        {
            OutsideRuledTable = !rulings.IsEmpty && rulings.CellAt(runs[0].Centre, midY) is null,
            Row = rulings.IsEmpty ? null : runs.Select(run => rulings.CellAt(run.Centre, midY)).OfType<RuledCell>().MinBy(cell => cell.Top - cell.Bottom),
            Borders = rulings.IsEmpty ? [] : [.. rulings.Verticals.Where(rule => rule.Spans(midY)).Select(rule => rule.Position).Order()],
        };
    }

    /// <summary>Whether two neighbouring glyphs of a line are in different cells.</summary>
    private enum CellBreak
    {
        None,
        Certain,

        /// <summary>Different cells if the line is a table row at all.</summary>
        InTable,
    }

    private static double Centre(PlacedWord word) => (word.Left + word.Right) / 2;

    /// <summary>A Han character next to a digit, either way round.</summary>
    private static bool IsScriptChange(char before, char after) =>
        (IsCjk(before) && char.IsAsciiDigit(after)) || (char.IsAsciiDigit(before) && IsCjk(after));

    /// <summary>Han characters and CJK punctuation, which are written without spaces between them.</summary>
    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
