using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>How long Flate data inflates to, counted in a small buffer that is thrown away.</summary>
internal static class FlateLength
{
    /// <summary>
    /// The inflated length, counted up to <paramref name="limit"/>. Data that does not inflate cleanly counts what it
    /// gave before the error: what to make of it is PdfPig's decision.
    /// </summary>
    public static long Of(ReadOnlyMemory<byte> zlib, long limit)
    {
        if (zlib.Length < 2)
        {
            return 0;
        }
        // Like PdfPig and most readers, skip the two-byte zlib header rather than trust it.
        var deflated = MemoryMarshal.TryGetArray(zlib[2..], out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, false)
            : new MemoryStream(zlib[2..].ToArray(), false);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        long length = 0;
        try
        {
            using var inflate = new DeflateStream(deflated, CompressionMode.Decompress);
            int read;
            while (length < limit && (read = inflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                length += read;
            }
        }
        catch (InvalidDataException)
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return length;
    }
}
