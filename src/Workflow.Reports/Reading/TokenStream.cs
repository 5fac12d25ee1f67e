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
        var i = Math.Max(0, from);
        var run = new StringBuilder();
        var ends = new List<int>();
        while (i < Tokens.Count)
        {
            if (Tokens[i].IsValue)
            {
                i++;
                continue;
            }
            run.Clear();
            ends.Clear();
            var runStart = i;
            while (i < Tokens.Count && !Tokens[i].IsValue)
            {
                run.Append(Tokens[i].Key);
                ends.Add(run.Length);
                i++;
            }
            var found = run.ToString().IndexOf(key, StringComparison.Ordinal);
            if (found >= 0)
            {
                var end = found + key.Length;
                return runStart + ends.FindIndex(e => e >= end);
            }
        }
        return null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> cells after the label at <paramref name="label"/>: the rest of the row in
    /// a pipe-separated row, the following cells up to the next label when cells come one per line, the
    /// next run of numbers (after any wrapped rest of the label) in column layout.
    /// </summary>
    public (List<TextToken> Values, int Next) TakeValues(int label, int count)
    {
        var values = new List<TextToken>();
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
