using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Workflow.Reports.Reading;

/// <summary>
/// Turns uploaded bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (what
/// Chinese Windows tools save). Anything else is binary.
/// </summary>
internal static class ReportTextDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The text, in a pooled buffer when it is UTF-8 (nearly every report); the caller disposes of it.</summary>
    /// <exception cref="UnreadableReportException">Code "binary".</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictUtf8(bytes[3..]) ?? throw Binary();
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]) ?? throw Binary();
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]) ?? throw Binary();
        }
        if (bytes.Contains((byte)0))
        {
            throw Binary();
        }
        return StrictUtf8(bytes) ?? Strict(Gb18030.Value, bytes) ?? throw Binary();
    }

    public static UnreadableReportException Binary() =>
        new("binary", "文件不是文本（可能是二进制文件、图片、压缩包或无法识别的编码），请以 UTF-8 或 GB18030 编码的纯文本提交年度报告。");

    /// <summary>
    /// The text, or null at the first byte that is not UTF-8. One pass into a pooled buffer, kept as the text: decoding
    /// to a string of the exact length would first read the whole input to count its characters, then copy it.
    /// </summary>
    private static DecodedText? StrictUtf8(ReadOnlySpan<byte> bytes)
    {
        // UTF-8 never has fewer bytes than UTF-16 has characters.
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        if (Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return new DecodedText(buffer.AsMemory(0, written), buffer);
        }
        ArrayPool<char>.Shared.Return(buffer);
        return null;
    }

    private static DecodedText? Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes).AsMemory(), rented: null);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
