namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// One slot of a rectangular <see cref="TableGrid"/>. A merged source cell fills every slot it covers with
/// its text; <see cref="OriginRow"/>/<see cref="OriginColumn"/> name the slot where it starts, so a reader can
/// tell a value that spans two columns from two values.
/// </summary>
public sealed record GridCell(string Text, int OriginRow, int OriginColumn)
{
    public static readonly GridCell Empty = new("", -1, -1);

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
