using System.Text;
using Workflow.Reports.Reading.Tables;
using Workflow.Reports.Reading.PlainText;

namespace Workflow.Reports.Reading;

/// <summary>
/// Reads a report as flattened text, whichever way it was flattened: cells one per line ending in " |" (copied from
/// a web page), pipe and markdown tables, tab-separated rows (a table copied from a browser), columns of numbers
/// with wrapped labels (<c>pdftotext -layout</c>, <c>w3m -dump</c>), runs of words and numbers (<c>pdftotext -raw</c>),
/// OCR markdown, or cells run together. The text becomes a document (<see cref="TextDocument"/>) read by the one
/// interpreter of every format (<see cref="ReportTableInterpreter"/>).
/// </summary>
/// <remarks>
/// Agency, year, title and publication date come from the text (title line, 统计期限, 发布日期 line or
/// the date closing the report); <see cref="ReadOptions"/> overrides them. The agency id is a slug that
/// cannot be derived from a Chinese name, so it is <see cref="ReadOptions.AgencyId"/> or "unknown". The
/// kind is <see cref="ReadOptions.Kind"/>, else government when the name ends in 人民政府, else department.
/// Free text is normalised to trimmed, non-empty lines.
/// </remarks>
public sealed class TextReportReader : IReportReader
{
    /// <summary>Larger inputs are refused: a real report is well under 1 MB of text.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public const string UnknownAgencyId = "unknown";

    public IReadOnlyList<string> MediaTypes { get; } = ["text/plain"];

    public ReportReading Read(ReadOnlyMemory<byte> content, ReadOptions options)
    {
        if (content.Length > MaxBytes)
        {
            throw TooLarge();
        }
        if (content.IsEmpty)
        {
            throw Empty();
        }
        using var decoded = ReportTextDecoder.Decode(content.Span);
        return Read(decoded.Text, options);
    }

    public ReportReading Read(string text, ReadOptions options) => Read(text.AsMemory(), options);

    private static ReportReading Read(ReadOnlyMemory<char> text, ReadOptions options)
    {
        // A character is at most three bytes of UTF-8: only texts that could be too large are counted.
        if (text.Length > MaxBytes || (text.Length > MaxBytes / 3 && Encoding.UTF8.GetByteCount(text.Span) > MaxBytes))
        {
            throw TooLarge();
        }
        if (text.Span.IsWhiteSpace())
        {
            throw Empty();
        }
        if (LooksBinary(text.Span))
        {
            throw ReportTextDecoder.Binary();
        }
        return ReadText(text, options);
    }

    private static ReportReading ReadText(ReadOnlyMemory<char> text, ReadOptions options) =>
        ReportTableInterpreter.Interpret(TextDocument.Of(text.Span), options);

    /// <summary>
    /// The date closing the report ("2024年1月15日" on its own line after part 六) and the signing agency on
    /// the line above it; both are cut from the text of part 六 by moving <paramref name="end"/>.
    /// </summary>
    internal static DateOnly? Closing(IReadOnlyList<ReadOnlyMemory<char>> lines, int?[] headings, ReadOptions options, FrontMatter front, ref int end)
    {
        var last = end - 1;
        while (last >= 0 && lines[last].Span.IsWhiteSpace())
        {
            last--;
        }
        var lastHeading = headings.Max() ?? -1;
        if (last <= lastHeading || FrontMatter.DateLine(lines[last].ToString()) is not { } date)
        {
            return null;
        }
        end = last;
        var signature = last - 1;
        while (signature > lastHeading && lines[signature].Span.IsWhiteSpace())
        {
            signature--;
        }
        if (signature > lastHeading && IsSignature(FrontMatter.Compact(lines[signature].ToString()), options.AgencyName ?? front.AgencyName))
        {
            end = signature;
        }
        return date;
    }

    private static bool IsSignature(string line, string? agency) =>
        line.Length is > 0 and <= 40
        && (line == agency || (!line.Any(c => c is '。' or '，' or ',' or '；' or ';' or '：' or ':')
            && SignatureEndings.Any(e => line.EndsWith(e, StringComparison.Ordinal))));

    private static readonly string[] SignatureEndings =
        ["政府", "办公厅", "办公室", "局", "委员会", "委", "厅", "办", "院", "中心", "处", "所", "署", "会", "街道办事处", "管委会"];

    /// <summary>Text with control characters or undecodable bytes in it is a binary file read as text.</summary>
    private static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var suspicious = 0;
        var rest = text;
        for (var at = rest.IndexOfAny(Suspicious); at >= 0; at = rest.IndexOfAny(Suspicious))
        {
            if (rest[at] == '\0')
            {
                return true;
            }
            suspicious++;
            rest = rest[(at + 1)..];
        }
        return suspicious > Math.Max(8, text.Length / 200);
    }

    /// <summary>ASCII control characters other than line breaks and tabs, and the replacement character.</summary>
    private static readonly System.Buffers.SearchValues<char> Suspicious = System.Buffers.SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\uFFFD");

    private static UnreadableReportException Empty() =>
        new("empty", "文件为空：没有可读取的年度报告内容。");

    private static UnreadableReportException TooLarge() =>
        new("too-large", $"文件过大（超过 {MaxBytes / 1024 / 1024} MB），不像是一份年度报告的文本，请检查上传的文件。");
}
