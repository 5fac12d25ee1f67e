namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// A cell as the source markup writes it: its text and how many grid columns and rows it covers
/// (HTML colspan/rowspan, Word gridSpan/vMerge).
/// </summary>
public sealed record TableCell(string Text, int ColumnSpan = 1, int RowSpan = 1);
