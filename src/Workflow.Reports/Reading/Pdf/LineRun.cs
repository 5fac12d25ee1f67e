using System.Text.RegularExpressions;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// Words of a line printed close together: one cell of a table row, or the whole of a prose line.
/// </summary>
internal sealed partial record LineRun(string Text, double Left, double Right)
{
    public double Centre => (Left + Right) / 2;

    public bool IsNumber => Number().IsMatch(Text);

    public static bool IsNumeric(string text) => Number().IsMatch(text);

    [GeneratedRegex(@"^[-+]?\d[\d,]*(\.\d+)?%?$")]
    private static partial Regex Number();
}
