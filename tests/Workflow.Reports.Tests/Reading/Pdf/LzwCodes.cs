namespace Workflow.Reports.Tests.Reading.Pdf;

/// <summary>LZW data written code by code, for streams no tool would make (a bomb).</summary>
internal static class LzwCodes
{
    /// <summary>
    /// LZW codes for a run of spaces at least <paramref name="length"/> long, as an encoder writes them: each code the
    /// next free one (the previous string and one more space), the table cleared when full; code widths as a decoder
    /// with PDF's early change reads them.
    /// </summary>
    public static byte[] Run(long length)
    {
        var output = new List<byte>();
        var (buffer, bits, width) = (0L, 0, 9);
        void Write(int code)
        {
            buffer = (buffer << width) | (uint)code;
            bits += width;
            while (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
            buffer &= (1L << bits) - 1;
        }
        long written = 0;
        while (written < length)
        {
            Write(' ');
            written++;
            for (var code = 258; code < 4095 && written < length; code++)
            {
                Write(code);
                written += code - 256;
                if (code + 2 >= 1 << width && width < 12)
                {
                    width++;
                }
            }
            Write(256);
            width = 9;
        }
        Write(257);
        if (bits > 0)
        {
            output.Add((byte)(buffer << (8 - bits)));
        }
        return [.. output];
    }
}
