using System.Text;

namespace Workflow.Reports.Reading;

/// <summary>
/// The cells of one table region in reading order, and the two moves every table reader makes: find a
/// label (possibly wrapped over several fragments) and take the values that follow it.
/// </summary>
internal sealed class TokenStream(IReadOnlyList<TextToken> tokens, TextLayout layout)
{
    public IReadOnlyList<TextToken> Tokens { get; } = tokens;

    public TextLayout Layout { get; } = layout;

    public int Count => Tokens.Count;

    public TextToken this[int index] => Tokens[index];

    /// <summary>
    /// Index of the fragment that completes <paramref name="key"/>, searching from <paramref name="from"/>.
    /// Consecutive text fragments are read as one label, so a label wrapped over lines, or interleaved
    /// with the letters of a vertical row header, is still found.
    /// </summary>
    public int? FindLabel(int from, string key)
    {
        var runs = Runs;
        var lo = 0;
        var hi = runs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (runs[mid].Start + runs[mid].Ends.Length <= from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var r = lo; r < runs.Count; r++)
        {
            var run = runs[r];
            var offset = from > run.Start ? run.Ends[from - run.Start - 1] : 0;
            var found = run.Text.IndexOf(key, offset, StringComparison.Ordinal);
            if (found >= 0)
            {
                var end = found + key.Length;
                var fragment = 0;
                while (run.Ends[fragment] < end)
                {
                    fragment++;
                }
                return run.Start + fragment;
            }
        }
        return null;
    }

    /// <summary>Maximal sequences of text fragments, each read as one string; <c>Ends</c> maps back to fragments.</summary>
    private List<(int Start, string Text, int[] Ends)> Runs => runs ??= BuildRuns();

    private List<(int Start, string Text, int[] Ends)>? runs;

    private List<(int Start, string Text, int[] Ends)> BuildRuns()
    {
        var result = new List<(int, string, int[])>();
        var text = new StringBuilder();
        var ends = new List<int>();
        var i = 0;
        while (i < Tokens.Count)
        {
            if (Tokens[i].IsValue)
            {
                i++;
                continue;
            }
            var start = i;
            text.Clear();
            ends.Clear();
            while (i < Tokens.Count && !Tokens[i].IsValue)
            {
                text.Append(Tokens[i].Key);
                ends.Add(text.Length);
                i++;
            }
            result.Add((start, text.ToString(), ends.ToArray()));
        }
        return result;
    }

    /// <summary>
    /// Up to <paramref name="count"/> cells after the label at <paramref name="label"/>: the rest of the row in
    /// a pipe-separated row, the following cells up to the next label when cells come one per line, the
    /// next run of numbers (after any wrapped rest of the label) in column layout.
    /// </summary>
    public (List<TextToken> Values, int Next) TakeValues(int label, int count)
    {
        var values = new List<TextToken>(count);
        var i = label + 1;
        switch (Layout)
        {
            case TextLayout.PipeRows:
                while (i < Tokens.Count && values.Count < count && Tokens[i].Line == Tokens[label].Line)
                {
                    values.Add(Tokens[i++]);
                }
                break;
            case TextLayout.CellPerLine:
                while (i < Tokens.Count && values.Count < count && !Tokens[i].IsLabelLike)
                {
                    values.Add(Tokens[i++]);
                }
                break;
            default:
                var skipped = 0;
                while (i < Tokens.Count && !Tokens[i].IsValue && skipped < 3)
                {
                    i++;
                    skipped++;
                }
                while (i < Tokens.Count && values.Count < count && Tokens[i].IsValue)
                {
                    values.Add(Tokens[i++]);
                }
                if (values.Count == 0)
                {
                    i = label + 1;
                }
                break;
        }
        return (values, i);
    }
}
