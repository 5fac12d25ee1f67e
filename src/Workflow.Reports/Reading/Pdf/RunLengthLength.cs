namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// How long RunLength data decodes to, counted from its length bytes alone: a run of 2 bytes repeats one byte up to
/// 128 times, so a 20 MB stream of runs would decode to 1.3 GB.
/// </summary>
internal static class RunLengthLength
{
    private const byte EndOfData = 128;

    /// <summary>The decoded length, counted up to <paramref name="limit"/>; data cut short counts what it gave.</summary>
    public static long Of(ReadOnlySpan<byte> encoded, long limit)
    {
        long length = 0;
        var at = 0;
        while (at < encoded.Length && length < limit)
        {
            var code = encoded[at];
            if (code == EndOfData)
            {
                break;
            }
            if (code < EndOfData)
            {
                // code + 1 bytes follow, copied as they are.
                var copied = Math.Min(code + 1, encoded.Length - at - 1);
                length += copied;
                at += code + 2;
            }
            else
            {
                // The next byte, repeated 257 − code times.
                if (at + 1 >= encoded.Length)
                {
                    break;
                }
                length += 257 - code;
                at += 2;
            }
        }
        return length;
    }
}
