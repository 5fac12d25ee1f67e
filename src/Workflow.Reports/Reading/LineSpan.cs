namespace Workflow.Reports.Reading;

/// <summary>The lines a table occupies (inclusive), kept out of the section's free text.</summary>
internal readonly record struct LineSpan(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;

    public static LineSpan? Of(IEnumerable<TextToken> tokens)
    {
        LineSpan? span = null;
        foreach (var token in tokens)
        {
            span = span is { } s ? new LineSpan(Math.Min(s.First, token.Line), Math.Max(s.Last, token.Line)) : new LineSpan(token.Line, token.Line);
        }
        return span;
    }
}
