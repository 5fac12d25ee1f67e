using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.Docx;

/// <summary>
/// Reads the national template filled in Word (.docx): body paragraphs and tables with merged cells, headings
/// and row labels whose numbering Word generates (recognised by their words), text boxes ignored, tracked
/// changes read as accepted. Macro-enabled, encrypted, legacy .doc and oversized or bomb-like packages are
/// refused before the Open XML SDK opens them (<see cref="DocxPackage"/>).
/// </summary>
public sealed class DocxReportReader : IReportReader
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Largest file read; callers such as the submission API size their upload limit by it.</summary>
    public const int MaxBytes = DocxPackage.MaxBytes;

    /// <summary>Most characters of text a Word file may hold (see <see cref="DocxPackage.MaxTextChars"/>).</summary>
    public const long MaxTextChars = DocxPackage.MaxTextChars;

    public IReadOnlyList<string> MediaTypes { get; } = [MediaType];

    public ReportReading Read(ReadOnlyMemory<byte> content, ReadOptions options)
    {
        using var stream = DocxPackage.Checked(content);
        ReportDocument document;
        try
        {
            using var word = WordprocessingDocument.Open(stream, false);
            if (word.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
            {
                throw new UnreadableReportException("macro-enabled", "文件包含宏（.docm 或带宏的模板），出于安全原因不予读取。请另存为不含宏的 .docx 文件后再提交。");
            }
            if (word.MainDocumentPart?.Document?.Body is not { } body)
            {
                throw new UnreadableReportException("unsupported-type", "文件不是 Word 文档（缺少正文部分），无法读取。");
            }
            document = new ReportDocument(word.PackageProperties.Title, DocxBlocks.Of(body));
        }
        // System.IO.Packaging and the Open XML SDK report a relationship to a part the zip does not hold as
        // InvalidOperationException; only from them is it corruption, from our own code it would be a bug and must surface.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException
            or InvalidOperationException { Source: "System.IO.Packaging" or "DocumentFormat.OpenXml" or "DocumentFormat.OpenXml.Framework" })
        {
            throw DocxPackage.Corrupt();
        }
        return ReportTableInterpreter.Interpret(document, options);
    }
}
