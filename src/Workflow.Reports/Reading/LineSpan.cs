namespace Workflow.Reports.Reading;

/// <summary>The lines a table occupies (inclusive), kept out of the section's free text.</summary>
internal readonly record struct LineSpan(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;

    public static LineSpan? Of(IEnumerable<int> lines)
    {
        LineSpan? span = null;
        foreach (var line in lines)
        {
            span = span is { } s ? new LineSpan(Math.Min(s.First, line), Math.Max(s.Last, line)) : new LineSpan(line, line);
        }
        return span;
    }
}
