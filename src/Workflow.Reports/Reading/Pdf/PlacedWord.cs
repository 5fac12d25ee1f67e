namespace Workflow.Reports.Reading.Pdf;

/// <summary>A word of a page's text layer where it is printed: its horizontal extent, baseline and type size in points.</summary>
internal sealed record PlacedWord(string Text, double Left, double Right, double Baseline, double Size);
