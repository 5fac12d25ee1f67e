namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// How long LZW data decodes to, without decoding it: each table entry is the previous code's string and one byte
/// more, so a table of lengths (not strings) follows the decoder exactly, in constant memory. A stream of codes for
/// ever longer runs expands some 1,400 times, and far more when the table is never cleared.
/// </summary>
internal static class LzwLength
{
    private const int ClearTable = 256;

    private const int EndOfData = 257;

    private const int FirstFreeCode = 258;

    private const int MaxCodes = 4096;

    /// <summary>The decoded length, counted up to <paramref name="limit"/>; a code no decoder could read ends the count.</summary>
    /// <param name="earlyChange">Whether codes widen one code before the table fills their width (PDF's default).</param>
    public static long Of(ReadOnlySpan<byte> codes, bool earlyChange, long limit)
    {
        var lengths = new int[MaxCodes];
        var nextCode = FirstFreeCode;
        var width = 9;
        var previous = -1;
        long length = 0;
        var (buffer, bits, at) = (0, 0, 0);
        while (length < limit)
        {
            while (bits < width && at < codes.Length)
            {
                buffer = (buffer << 8) | codes[at++];
                bits += 8;
            }
            if (bits < width)
            {
                break;
            }
            var code = (buffer >> (bits - width)) & ((1 << width) - 1);
            bits -= width;
            buffer &= (1 << bits) - 1;
            if (code == EndOfData)
            {
                break;
            }
            if (code == ClearTable)
            {
                (nextCode, width, previous) = (FirstFreeCode, 9, -1);
                continue;
            }
            int run;
            if (code < ClearTable)
            {
                run = 1;
            }
            else if (code < nextCode && code >= FirstFreeCode)
            {
                run = lengths[code];
            }
            else if (code == nextCode && previous >= 0)
            {
                run = Run(previous, lengths) + 1;
            }
            else
            {
                break;
            }
            if (previous >= 0 && nextCode < MaxCodes)
            {
                lengths[nextCode++] = Run(previous, lengths) + 1;
                if (nextCode + (earlyChange ? 1 : 0) >= (1 << width) && width < 12)
                {
                    width++;
                }
            }
            previous = code;
            length += run;
        }
        return length;
    }

    private static int Run(int code, int[] lengths) => code < ClearTable ? 1 : lengths[code];
}
