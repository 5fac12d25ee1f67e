using Workflow.Reports.Model;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// One cell of a document line as the table readers see it: its text, the line it is on, the grid and column it sits in
/// (grid −1 and column 0 for a paragraph), and whether it reads as a value. Made once per document, however many table
/// regions its line falls in.
/// </summary>
internal sealed class RegionCell(string text, int line, int grid, int column)
{
    /// <summary>Longer text is a sentence, not a label: it is never searched for labels.</summary>
    public const int LongestLabel = 60;

    private string? key;

    public string Text { get; } = text;

    public int Line { get; } = line;

    public int Grid { get; } = grid;

    public int Column { get; } = column;

    public TableCellKind Kind { get; } = KindOf(text);

    public bool IsValue => Kind == TableCellKind.Value;

    public bool IsBlank { get; } = string.IsNullOrWhiteSpace(text);

    /// <summary>Text short enough to be a label, or a fragment of one.</summary>
    public bool MayBeLabel => !IsValue && Text.Length <= LongestLabel;

    /// <summary>The label key of a cell that may be a label (made when first asked for); empty otherwise.</summary>
    public string Key => key ??= MayBeLabel ? ChineseText.LabelKeyWithoutQuotes(Text) : "";

    /// <summary>
    /// Numbers, placeholders and blanks are values, and so is a short unreadable cell with a digit in it ("1O", "x6"),
    /// so that it takes its column and is reported rather than shifting the others.
    /// </summary>
    private static TableCellKind KindOf(string text)
    {
        var kind = CellValue.Parse(text).Kind;
        if (kind != CellKind.Invalid)
        {
            return TableCellKind.Value;
        }
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length <= 3 && trimmed.ContainsAnyInRange('0', '9') ? TableCellKind.Value : TableCellKind.Text;
    }
}
