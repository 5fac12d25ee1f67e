namespace Workflow.Reports.Reading.Pdf;

/// <summary>The horizontal words of one page, in no particular order, and the page height they are placed on.</summary>
internal sealed record PageWords(double Height, IReadOnlyList<PlacedWord> Words);
