namespace Workflow.Reports.Reading;

/// <summary>The lines a table occupies (inclusive), kept out of the section's free text.</summary>
internal readonly record struct LineSpan(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;

    public static LineSpan? Of(IEnumerable<TextToken> tokens)
    {
        var lines = tokens.Select(t => t.Line).ToList();
        return lines.Count == 0 ? null : new LineSpan(lines.Min(), lines.Max());
    }
}
