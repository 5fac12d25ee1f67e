namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// The horizontal words of one page, in no particular order, the table borders drawn on it, and the page height
/// they are placed on.
/// </summary>
internal sealed record PageWords(double Height, IReadOnlyList<PlacedWord> Words, PageRulings Rulings)
{
    public PageWords(double height, IReadOnlyList<PlacedWord> words)
        : this(height, words, PageRulings.None)
    {
    }
}
