using System.Text.RegularExpressions;

namespace Workflow.Reports.Reading.PlainText;

/// <summary>
/// The columns a table of text draws with a rule of dashes over each (pandoc's plain and simple tables): where each
/// column starts and ends, in characters of the rule. A column no row fills is still there in the rule.
/// </summary>
internal sealed partial record ColumnRule(IReadOnlyList<(int Start, int End)> Columns)
{
    /// <summary>The rule's columns, or null when the line is not runs of dashes apart (a rule across the whole table is no help).</summary>
    public static ColumnRule? Of(string line)
    {
        if (!Rule().IsMatch(line))
        {
            return null;
        }
        var columns = Dashes().Matches(line).Select(m => (m.Index, m.Index + m.Length)).ToList();
        return columns.Count >= 2 ? new ColumnRule(columns) : null;
    }

    [GeneratedRegex(@"^ *-{2,}( +-{2,})+ *$")]
    private static partial Regex Rule();

    [GeneratedRegex("-+")]
    private static partial Regex Dashes();
}
