using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// The text layer of a PDF as PdfPig reads it: the horizontal glyphs of every page with their positions, and the
/// title the document information declares. Everything PdfPig does happens here, inside the bounds: file size,
/// page count (read from the page tree before any page is parsed), letters in all, and inflated stream size.
/// </summary>
internal sealed record PdfTextLayer(string? Title, IReadOnlyList<PageWords> Pages)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public const int MaxPages = 300;

    /// <summary>A report has some 20,000 characters; a hundred times that is not one, and bounds the reading time.</summary>
    public const int MaxLetters = 2_000_000;

    /// <summary>A page of a scan may carry a scanner's stamp or an invisible date; a page of text has hundreds.</summary>
    private const int MinLettersPerPage = 20;

    /// <exception cref="UnreadableReportException">The file is out of bounds, encrypted, corrupt or a scan without text.</exception>
    public static PdfTextLayer Read(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
        {
            throw new UnreadableReportException("empty", "上传的文件是空的，请选择年度报告的 PDF、Word 或文本文件。");
        }
        if (content.Length > MaxBytes)
        {
            throw new UnreadableReportException("too-large", $"PDF 文件超过 {MaxBytes / 1024 / 1024} MB，年度报告不会这么大，请提交报告的 Word（.docx）或文本版本。");
        }
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { SkipMissingFonts = true, FilterProvider = new BoundedFilters() });
            if (document.NumberOfPages == 0)
            {
                throw Corrupt();
            }
            if (document.NumberOfPages > MaxPages)
            {
                throw new UnreadableReportException("too-many-pages", $"PDF 文件有 {document.NumberOfPages} 页，超过 {MaxPages} 页，不像一份政府信息公开工作年度报告，已拒绝读取。");
            }
            var pages = new List<PageWords>(document.NumberOfPages);
            var letters = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                letters += page.Letters.Count(letter => !string.IsNullOrWhiteSpace(letter.Value));
                if (letters > MaxLetters)
                {
                    throw new UnreadableReportException("too-complex", $"PDF 文件的文字超过 {MaxLetters} 个，不像一份政府信息公开工作年度报告，已停止读取。");
                }
                // Glyphs rather than PdfPig's words: its word extractors run CJK text of adjacent cells together
                // (there is no space between them), while VisualLine measures every gap.
                pages.Add(new PageWords(page.Height, [.. page.Letters.Where(IsReadable).Select(Placed)], RulingReader.Of(page)));
            }
            if (letters < MinLettersPerPage * pages.Count)
            {
                throw new UnreadableReportException(
                    "no-text-layer",
                    "PDF 文件中没有可读取的文字（可能是扫描件或图片），无法读取其中的数字。请提交报告的 Word（.docx）或文本版本。");
            }
            return new PdfTextLayer(string.IsNullOrWhiteSpace(document.Information.Title) ? null : document.Information.Title, pages);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        // PdfPig throws whatever its parsers meet on a damaged file (format, index, cast, key and argument exceptions
        // alike), and may wrap the refusals of our own filters in them.
        catch (Exception e) when (e is not (UnreadableReportException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            throw Refusal(e) ?? Corrupt();
        }
    }

    private static UnreadableReportException Corrupt() => new(
        "corrupt",
        "PDF 文件已损坏或格式不正确，无法读取。请重新导出 PDF，或提交报告的 Word（.docx）或文本版本。");

    private static UnreadableReportException Encrypted() => new(
        "encrypted",
        "PDF 文件设置了密码（已加密），无法读取。请提交未加密的 PDF，或报告的 Word（.docx）或文本版本。");

    private static UnreadableReportException? Refusal(Exception? e) => e switch
    {
        null => null,
        UnreadableReportException refusal => refusal,
        PdfDocumentEncryptedException => Encrypted(),
        _ => Refusal(e.InnerException),
    };

    /// <summary>Rotated text (stamps, watermarks, margin notes) is not part of the report's lines; spaces are gaps.</summary>
    private static bool IsReadable(Letter letter) =>
        letter.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(letter.Value);

    /// <summary>A glyph spans its advance along the baseline, which is where the next glyph of a word starts.</summary>
    private static PlacedWord Placed(Letter letter) => new(
        letter.Value.Trim(),
        letter.StartBaseLine.X,
        Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X),
        letter.StartBaseLine.Y,
        letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1));
}
