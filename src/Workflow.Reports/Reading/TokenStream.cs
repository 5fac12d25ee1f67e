using System.Buffers;
using Workflow.Reports.Model;

namespace Workflow.Reports.Reading;

/// <summary>
/// The cells of one table region in reading order, and the two moves every table reader makes: find a
/// label (possibly wrapped over several fragments) and take the values that follow it. Its keys are held in pooled
/// buffers, returned on <see cref="Dispose"/>: a reader keeps strings it made, never the stream or its spans.
/// </summary>
internal sealed class TokenStream : IDisposable
{
    private readonly IReadOnlyList<ReadOnlyMemory<char>> lines;

    private readonly TokenBuffer tokens;

    private readonly int first;

    // The label keys of the text fragments written one after another, a line break (never part of a key) wherever
    // a value interrupts them: a label wrapped over fragments is found by one search, and no fragment needs a key
    // string of its own. The key of fragment i runs from keyStarts[i] to keyStarts[i + 1].
    private char[] keys;

    private int[] keyStarts;

    /// <summary>The <paramref name="count"/> fragments of <paramref name="tokens"/> from <paramref name="first"/>, cut from <paramref name="lines"/>.</summary>
    public TokenStream(IReadOnlyList<ReadOnlyMemory<char>> lines, TokenBuffer tokens, int first, int count, TextLayout layout)
    {
        this.lines = lines;
        this.tokens = tokens;
        this.first = first;
        Count = count;
        Layout = layout;
        (keys, keyStarts) = BuildKeys();
    }

    public TextLayout Layout { get; }

    public int Count { get; }

    public TextToken this[int index] => tokens[first + index];

    /// <summary>The fragment as written.</summary>
    public ReadOnlySpan<char> Text(int index)
    {
        var token = this[index];
        return lines[token.Line].Span.Slice(token.Start, token.Length);
    }

    /// <summary>The label key of a text fragment (<see cref="TextToken.KeyOf"/>); empty for a value.</summary>
    public ReadOnlySpan<char> Key(int index) =>
        this[index].IsValue ? default : keys.AsSpan(keyStarts[index], keyStarts[index + 1] - keyStarts[index]);

    /// <summary>Looks like the label of a row rather than a (bad) cell: several characters of Chinese text.</summary>
    public bool IsLabelLike(int index)
    {
        var key = Key(index);
        return this[index].Kind == CellKind.Invalid && key.Length >= 4 && key.IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0;
    }

    /// <summary>The lines the fragments at <paramref name="indexes"/> were written on, null when there are none.</summary>
    public LineSpan? Span(IEnumerable<int> indexes) => LineSpan.Of(indexes.Select(i => this[i].Line));

    /// <summary>
    /// Index of the fragment that completes <paramref name="key"/>, searching from <paramref name="from"/>.
    /// Consecutive text fragments are read as one label, so a label wrapped over lines, or interleaved
    /// with the letters of a vertical row header, is still found.
    /// </summary>
    public int? FindLabel(int from, string key)
    {
        var found = keys.AsSpan(keyStarts[from], keyStarts[Count] - keyStarts[from]).IndexOf(key, StringComparison.Ordinal);
        if (found < 0)
        {
            return null;
        }
        // The first fragment whose key ends where the label does or later; a match never spans a line break.
        var end = keyStarts[from] + found + key.Length;
        var lo = from;
        var hi = Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (keyStarts[mid + 1] < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private (char[] Keys, int[] Starts) BuildKeys()
    {
        var capacity = 0;
        for (var i = 0; i < Count; i++)
        {
            capacity += this[i].IsValue ? 1 : this[i].Length;
        }
        var written = ArrayPool<char>.Shared.Rent(capacity);
        var starts = ArrayPool<int>.Shared.Rent(Count + 1);
        var length = 0;
        for (var i = 0; i < Count; i++)
        {
            starts[i] = length;
            if (!this[i].IsValue)
            {
                length += ChineseText.LabelKeyWithoutQuotes(Text(i), written.AsSpan(length));
            }
            else if (length > 0 && written[length - 1] != '\n')
            {
                written[length++] = '\n';
            }
        }
        starts[Count] = length;
        return (written, starts);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(keys);
        ArrayPool<int>.Shared.Return(keyStarts);
        (keys, keyStarts) = ([], []);
    }

    /// <summary>
    /// Up to <paramref name="count"/> cells after the label at <paramref name="label"/>: the rest of the row in
    /// a pipe-separated row, the following cells up to the next label when cells come one per line, the
    /// next run of numbers (after any wrapped rest of the label) in column layout. The cells are the
    /// <c>Count</c> fragments from <c>First</c>; the reading goes on at <c>Next</c>.
    /// </summary>
    public (int First, int Count, int Next) TakeValues(int label, int count)
    {
        var i = label + 1;
        var taken = 0;
        switch (Layout)
        {
            case TextLayout.PipeRows:
                while (i + taken < Count && taken < count && this[i + taken].Line == this[label].Line)
                {
                    taken++;
                }
                return (i, taken, i + taken);
            case TextLayout.CellPerLine:
                while (i + taken < Count && taken < count && !IsLabelLike(i + taken))
                {
                    taken++;
                }
                return (i, taken, i + taken);
            default:
                var skipped = 0;
                while (i < Count && !this[i].IsValue && skipped < 3)
                {
                    i++;
                    skipped++;
                }
                while (i + taken < Count && taken < count && this[i + taken].IsValue)
                {
                    taken++;
                }
                return taken == 0 ? (i, 0, label + 1) : (i, taken, i + taken);
        }
    }
}
