using System.Text;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Reading.Html;
using Workflow.Reports.Reading.Pdf;

namespace Workflow.Reports.Reading;

/// <summary>
/// The formats a report is read from, in the order they are recognised: the bytes decide first (a zip or an old Word
/// file is Word, <c>%PDF-</c> is PDF, markup is HTML), then the declared media type, else text. Executables, images
/// and archives are refused up front with a message that says what to submit instead. The API, the command-line tool
/// and history import all go through this list.
/// </summary>
public static class ReportFormats
{
    /// <summary>Declares "identify it by its bytes": JSON is then recognised too.</summary>
    public const string OctetStream = "application/octet-stream";

    public static readonly ReportFormat Word = new(
        "docx", "Word 文件", DocxReportReader.MediaType, [DocxReportReader.MediaType], [".docx"], DocxReportReader.MaxBytes,
        content => content.StartsWith("PK"u8) || content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]), true, new DocxReportReader());

    public static readonly ReportFormat Pdf = new(
        "pdf", "PDF 文件", PdfReportReader.MediaType, [PdfReportReader.MediaType], [".pdf"], PdfReportReader.MaxBytes,
        content => content.StartsWith("%PDF-"u8), true, new PdfReportReader());

    public static readonly ReportFormat Html = new(
        "html", "网页", "text/html", ["text/html", "application/xhtml+xml"], [".html", ".htm", ".xhtml"], HtmlReportReader.MaxBytes,
        LooksLikeMarkup, true, new HtmlReportReader());

    public static readonly ReportFormat Json = new(
        "json", "JSON", JsonReportReader.MediaType, [JsonReportReader.MediaType], [".json"], null, null, false, new JsonReportReader());

    public static readonly ReportFormat Text = new(
        "txt", "文本", "text/plain", ["text/plain"], [".txt", ".text", ".md"], null, null, false, new TextReportReader());

    public static IReadOnlyList<ReportFormat> All { get; } = [Word, Pdf, Html, Json, Text];

    /// <summary>Every Content-Type a report may be sent as, application/octet-stream last.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } = [.. All.SelectMany(f => f.MediaTypes), OctetStream];

    /// <summary>The format a Content-Type declares (null for application/octet-stream and for unknown types).</summary>
    public static ReportFormat? Declared(string? mediaType) => All.FirstOrDefault(f => f.IsDeclaredBy(mediaType));

    /// <summary>The format a file name's extension declares, or null.</summary>
    public static ReportFormat? ForFile(string path)
    {
        var extension = Path.GetExtension(path);
        return All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// What the content is. A declared JSON is JSON; otherwise its signature decides, then (for
    /// application/octet-stream) whether it starts like JSON, then the declaration, else text.
    /// </summary>
    /// <param name="mediaType">The declared Content-Type without parameters, <see cref="OctetStream"/>, or null (nothing declared).</param>
    /// <exception cref="UnreadableReportException">Code "unsupported-type" for executables, images and archives.</exception>
    public static ReportFormat Identify(ReadOnlySpan<byte> content, string? mediaType)
    {
        if (Json.IsDeclaredBy(mediaType))
        {
            return Json;
        }
        Refuse(content);
        foreach (var format in All)
        {
            if (format.Recognises is { } recognises && recognises(content))
            {
                return format;
            }
        }
        if (mediaType == OctetStream && ReportJsonReader.StartsLikeJson(content))
        {
            return Json;
        }
        return Declared(mediaType) ?? Text;
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
