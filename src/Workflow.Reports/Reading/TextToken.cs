using Workflow.Reports.Model;

namespace Workflow.Reports.Reading;

/// <summary>
/// One cell or text fragment of a table region: where it is written (<see cref="Length"/> characters of line
/// <see cref="Line"/> from <see cref="Start"/>) and what kind of cell it reads as. A range rather than a string,
/// because a report has hundreds of fragments and its readers need the text of few (<see cref="TokenStream.Text"/>).
/// </summary>
internal readonly record struct TextToken(int Line, int Start, int Length, CellKind Kind)
{
    /// <summary>The label comparison key: <see cref="ChineseText.LabelKey"/> without quotes, since reports drop them too.</summary>
    public static string KeyOf(string text) => ChineseText.LabelKeyWithoutQuotes(text);

    /// <summary>The <paramref name="length"/> characters of <paramref name="line"/> from <paramref name="start"/>.</summary>
    public static TextToken Of(ReadOnlySpan<char> line, int index, int start, int length) =>
        new(index, start, length, CellValue.Parse(line.Slice(start, length)).Kind);

    /// <summary>Written where a number goes: a number, a placeholder or a blank cell.</summary>
    public bool IsValue => Kind != CellKind.Invalid;
}
