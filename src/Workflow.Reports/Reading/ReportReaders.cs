using System.Text;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Reading.Html;
using Workflow.Reports.Reading.Pdf;

namespace Workflow.Reports.Reading;

/// <summary>
/// The reader for whatever a bureau uploads: the bytes decide first (a zip is Word, <c>%PDF-</c> is PDF, markup is
/// HTML), then the declared media type, else text. Executables, images and archives are refused up front with a
/// message that says what to submit instead.
/// </summary>
public sealed class ReportReaders : IReportReader
{
    private readonly TextReportReader text = new();
    private readonly HtmlReportReader html = new();
    private readonly DocxReportReader docx = new();
    private readonly PdfReportReader pdf = new();

    public IReadOnlyList<string> MediaTypes => [.. text.MediaTypes, .. html.MediaTypes, .. docx.MediaTypes, .. pdf.MediaTypes];

    public ReportReading Read(ReadOnlyMemory<byte> content, ReadOptions options) => Read(content, null, options);

    /// <param name="mediaType">The Content-Type the upload declared (parameters such as charset are ignored), or null.</param>
    /// <remarks>Every reading leaves here with its text clean (<see cref="ReportTextCleaner"/>, finding F-CTRL).</remarks>
    public ReportReading Read(ReadOnlyMemory<byte> content, string? mediaType, ReadOptions options) =>
        ReportTextCleaner.Clean(For(content.Span, mediaType).Read(content, options));

    /// <exception cref="UnreadableReportException">Code "unsupported-type" for executables, images and archives.</exception>
    public IReportReader For(ReadOnlySpan<byte> content, string? mediaType)
    {
        Refuse(content);
        if (content.StartsWith("PK"u8) || content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return docx;
        }
        if (content.StartsWith("%PDF-"u8))
        {
            return pdf;
        }
        if (LooksLikeMarkup(content))
        {
            return html;
        }
        var declared = mediaType?.Split(';')[0].Trim().ToLowerInvariant();
        return declared switch
        {
            _ when declared is not null && html.MediaTypes.Contains(declared) => html,
            _ when declared is not null && docx.MediaTypes.Contains(declared) => docx,
            _ when declared is not null && pdf.MediaTypes.Contains(declared) => pdf,
            _ => text,
        };
    }

    private static void Refuse(ReadOnlySpan<byte> content)
    {
        var kind =
            content.StartsWith("MZ"u8) || content.StartsWith("\u007FELF"u8) ? "可执行程序"
            : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
              || content.StartsWith("GIF8"u8) || content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8)
              || (content.StartsWith("RIFF"u8) && content.Length >= 12 && content[8..12].SequenceEqual("WEBP"u8)) ? "图片"
            : content.StartsWith("Rar!"u8) || content.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF]) || content.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) ? "压缩包"
            : null;
        if (kind is not null)
        {
            throw new UnreadableReportException(
                "unsupported-type",
                $"上传的文件是{kind}，无法读取。请提交年度报告的文本（.txt）、网页（.html）、Word（.docx）或 PDF 文件。");
        }
    }

    /// <summary>Markup starts with '&lt;' after any byte-order mark and white space (in UTF-8, UTF-16 or GBK alike) and has a page's tags in its first kilobyte.</summary>
    private static bool LooksLikeMarkup(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        string start;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            start = Encoding.Unicode.GetString(head[2..(2 + ((head.Length - 2) & ~1))]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            start = Encoding.BigEndianUnicode.GetString(head[2..(2 + ((head.Length - 2) & ~1))]);
        }
        else
        {
            start = Encoding.Latin1.GetString(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head);
        }
        // Markdown may start with a tag too (pandoc's <div class="crumb">): a page has an html, head or body element,
        // or paragraphs, line breaks or a table.
        var trimmed = start.TrimStart();
        return trimmed.StartsWith('<')
            && (trimmed.StartsWith("<!", StringComparison.Ordinal) || trimmed.StartsWith("<?", StringComparison.Ordinal)
                || PageTags.Any(tag => trimmed.Contains(tag, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly string[] PageTags = ["<html", "<head", "<body", "<p>", "<p ", "<br", "<table"];
}
