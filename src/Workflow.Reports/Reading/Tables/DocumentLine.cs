namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// A line of a report document as the interpreter reads it: a paragraph (one cell, its text) or a row of a table
/// grid (the cells it writes, each once: the copies of a merged cell are left out).
/// </summary>
internal sealed record DocumentLine(string Text, IReadOnlyList<string> Cells, bool IsRow);
