namespace Workflow.Reports.Reading.Tables;

/// <summary>A cell of a document line: its text and the grid column it starts in (0 for a paragraph).</summary>
internal sealed record LineCell(string Text, int Column);
