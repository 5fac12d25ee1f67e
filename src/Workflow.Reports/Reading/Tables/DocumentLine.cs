namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// A line of a report document as the interpreter reads it: a paragraph (one cell, its text; <see cref="Grid"/> −1) or
/// a row of a table grid (the cells it writes, each once at the column it starts in: the copies of a merged cell are
/// left out). Rows of one grid share its number, and their columns line up.
/// </summary>
internal sealed record DocumentLine(string Text, IReadOnlyList<RegionCell> Cells, int Grid);
