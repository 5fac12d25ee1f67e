namespace Workflow.Reports.Reading.Tables;

/// <summary>One cell of a table region: its text, the document line it is on, and whether it reads as a value.</summary>
internal sealed record RegionCell(string Text, int Line, TableCellKind Kind)
{
    public bool IsValue => Kind == TableCellKind.Value;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
