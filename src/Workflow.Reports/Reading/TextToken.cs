using Workflow.Reports.Model;

namespace Workflow.Reports.Reading;

/// <summary>
/// One cell or text fragment of a table region, with the line it came from. <see cref="Key"/> is the
/// label comparison key (<see cref="ChineseText.LabelKey"/> without quotes, since reports drop them too).
/// </summary>
internal sealed record TextToken(int Line, CellValue Cell)
{
    /// <summary>The fragment as written: the cell keeps it already, and a report has hundreds of fragments.</summary>
    public string Text => Cell.Raw;

    private string? key;

    // Computed on demand: most fragments of a large table region are numbers whose key is never asked for.
    public string Key => key ??= KeyOf(Text);

    public static TextToken Of(string text, int line) => new(line, CellValue.Parse(text));

    public static string KeyOf(string text) => ChineseText.LabelKeyWithoutQuotes(text);

    /// <summary>Written where a number goes: a number, a placeholder or a blank cell.</summary>
    public bool IsValue => Cell.Kind != CellKind.Invalid;

    /// <summary>Looks like the label of a row rather than a (bad) cell: several characters of Chinese text.</summary>
    public bool IsLabelLike => Cell.Kind == CellKind.Invalid && Key.Length >= 4 && Key.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0;
}
