namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// One cell of a table region: its text, the document line it is on, the grid and column it sits in (grid −1 for a
/// paragraph), and whether it reads as a value.
/// </summary>
internal sealed record RegionCell(string Text, int Line, int Grid, int Column, TableCellKind Kind)
{
    public bool IsValue => Kind == TableCellKind.Value;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
