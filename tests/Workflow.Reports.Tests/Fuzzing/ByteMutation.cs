using System.Text;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>
/// One edit of an input. Positions are fractions of the input's length (so that the same mutation means something
/// for every input and shrinks towards the start); <see cref="Pick"/> chooses the byte, token, row or count.
/// </summary>
public sealed record ByteMutation(MutationKind Kind, double At, double To, int Pick)
{
    public const string HugeNumberText = "99999999999999999999";

    public byte[] Apply(byte[] input)
    {
        var at = Position(input.Length, At);
        return Kind switch
        {
            MutationKind.FlipBit when input.Length > 0 => Replaced(input, Math.Min(at, input.Length - 1), (byte)(input[Math.Min(at, input.Length - 1)] ^ (1 << (Pick % 8)))),
            MutationKind.SetByte when input.Length > 0 => Replaced(input, Math.Min(at, input.Length - 1), (byte)Pick),
            MutationKind.InsertRandomBytes => Inserted(input, at, RandomBytes(Pick)),
            MutationKind.DeleteBytes => [.. input[..at], .. input[Math.Min(input.Length, at + 1 + Pick % 256)..]],
            MutationKind.Truncate => input[..at],
            MutationKind.InsertToken => Inserted(input, at, Encoding.UTF8.GetBytes(FuzzWords.Report[Pick % FuzzWords.Report.Count])),
            MutationKind.DuplicateRow => DuplicateRow(input),
            MutationKind.DeleteLine => EditLines(input, lines => lines.RemoveAt(LineIndex(lines, At))),
            MutationKind.SpliceLines => EditLines(input, lines =>
            {
                var from = LineIndex(lines, At);
                var copied = lines.GetRange(from, Math.Min(lines.Count - from, 1 + Pick % 12));
                lines.InsertRange(LineIndex(lines, To), copied);
            }),
            MutationKind.SwapLines => EditLines(input, lines =>
            {
                var (a, b) = (LineIndex(lines, At), LineIndex(lines, To));
                (lines[a], lines[b]) = (lines[b], lines[a]);
            }),
            MutationKind.HugeNumber => HugeNumber(input, at),
            MutationKind.FullWidthDigits => FullWidthDigits(input, at, 1 + Pick % 400),
            MutationKind.StrayPipe => Inserted(input, at, Pick % 2 == 0 ? "|"u8.ToArray() : " | "u8.ToArray()),
            MutationKind.InsertNul => Inserted(input, at, [0]),
            _ => input,
        };
    }

    public override string ToString() => $"{Kind}@{At:0.#####}→{To:0.#####}#{Pick}";

    private static int Position(int length, double fraction) => Math.Clamp((int)(fraction * (length + 1)), 0, length);

    private static byte[] Replaced(byte[] input, int index, byte value)
    {
        var copy = (byte[])input.Clone();
        copy[index] = value;
        return copy;
    }

    private static byte[] Inserted(byte[] input, int at, byte[] inserted) => [.. input[..at], .. inserted, .. input[at..]];

    private static byte[] RandomBytes(int pick)
    {
        var bytes = new byte[1 + pick % 16];
        new Random(pick).NextBytes(bytes);
        return bytes;
    }

    private static int LineIndex(List<byte[]> lines, double fraction) => Math.Min(lines.Count - 1, (int)(fraction * lines.Count));

    /// <summary>Applies a line edit; each line keeps its '\n', so joining them restores the bytes exactly.</summary>
    private static byte[] EditLines(byte[] input, Action<List<byte[]>> edit)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == (byte)'\n')
            {
                lines.Add(input[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < input.Length)
        {
            lines.Add(input[start..]);
        }
        if (lines.Count == 0)
        {
            return input;
        }
        edit(lines);
        return [.. lines.SelectMany(l => l)];
    }

    /// <summary>A table row of markup (&lt;tr&gt; of HTML, &lt;w:tr&gt; of Word) or, in text, a line with a figure or a '|'.</summary>
    private byte[] DuplicateRow(byte[] input)
    {
        foreach (var (open, close) in new[] { ("<tr"u8.ToArray(), "</tr>"u8.ToArray()), ("<w:tr"u8.ToArray(), "</w:tr>"u8.ToArray()) })
        {
            var starts = Occurrences(input, open);
            if (starts.Count == 0)
            {
                continue;
            }
            var start = starts[Pick % starts.Count];
            var end = input.AsSpan(start).IndexOf(close);
            if (end >= 0)
            {
                var row = input[start..(start + end + close.Length)];
                return Inserted(input, start + row.Length, row);
            }
        }
        return EditLines(input, lines =>
        {
            var rows = Enumerable.Range(0, lines.Count).Where(i => lines[i].Any(b => b is (byte)'|' or >= (byte)'0' and <= (byte)'9')).ToList();
            var index = rows.Count > 0 ? rows[Pick % rows.Count] : LineIndex(lines, At);
            lines.Insert(index, lines[index]);
        });
    }

    private static List<int> Occurrences(byte[] input, byte[] pattern)
    {
        var found = new List<int>();
        for (var from = 0; from < input.Length;)
        {
            var next = input.AsSpan(from).IndexOf(pattern);
            if (next < 0)
            {
                break;
            }
            found.Add(from + next);
            from += next + pattern.Length;
        }
        return found;
    }

    /// <summary>The first run of digits at or after <paramref name="at"/> becomes 99999999999999999999 (beyond long).</summary>
    private static byte[] HugeNumber(byte[] input, int at)
    {
        var start = input.AsSpan(at).IndexOfAnyInRange((byte)'0', (byte)'9');
        if (start < 0)
        {
            return Inserted(input, at, Encoding.ASCII.GetBytes(HugeNumberText));
        }
        start += at;
        var end = start;
        while (end < input.Length && input[end] is >= (byte)'0' and <= (byte)'9')
        {
            end++;
        }
        return [.. input[..start], .. Encoding.ASCII.GetBytes(HugeNumberText), .. input[end..]];
    }

    /// <summary>ASCII digits in a stretch of the input become their full-width forms (０-９, three UTF-8 bytes each).</summary>
    private static byte[] FullWidthDigits(byte[] input, int at, int length)
    {
        var output = new List<byte>(input.Length + length * 2);
        for (var i = 0; i < input.Length; i++)
        {
            if (i >= at && i < at + length && input[i] is >= (byte)'0' and <= (byte)'9')
            {
                output.AddRange(Encoding.UTF8.GetBytes(((char)('０' + (input[i] - '0'))).ToString()));
            }
            else
            {
                output.Add(input[i]);
            }
        }
        return [.. output];
    }
}
