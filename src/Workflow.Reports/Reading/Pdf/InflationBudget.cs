using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// How much Flate data of one document may inflate to. Each stream is first inflated into a small buffer that is
/// thrown away, only counting its length, so a bomb costs time bounded by the limit and almost no memory.
/// </summary>
internal sealed class InflationBudget
{
    /// <summary>Page contents of a report are tens of kilobytes and embedded font subsets a few megabytes.</summary>
    public const int MaxStreamBytes = 16 * 1024 * 1024;

    public const long MaxDocumentBytes = 128L * 1024 * 1024;

    private long inflated;

    /// <exception cref="UnreadableReportException">Code "too-complex": the stream or the document inflates past its bound.</exception>
    public void Admit(ReadOnlyMemory<byte> zlib)
    {
        var length = InflatedLength(zlib, MaxStreamBytes + 1L);
        inflated += length;
        if (length > MaxStreamBytes || inflated > MaxDocumentBytes)
        {
            throw new UnreadableReportException(
                "too-complex",
                "PDF 文件中的内容解压后过大，不像一份政府信息公开工作年度报告，已停止读取。请提交报告的 Word（.docx）或文本版本。");
        }
    }

    /// <summary>
    /// The inflated length, counted up to <paramref name="limit"/>. Data that does not inflate cleanly counts what it
    /// gave before the error: what to make of it is PdfPig's decision.
    /// </summary>
    private static long InflatedLength(ReadOnlyMemory<byte> zlib, long limit)
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
