using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Reading.Pdf;

namespace Workflow.Functions.Submissions;

/// <summary>
/// What an upload turned out to be (from its bytes first, then its Content-Type): the media type and extension
/// its original is stored under, and a Chinese name for messages.
/// </summary>
public sealed record UploadFormat(string MediaType, string Extension, string Name)
{
    public static readonly UploadFormat Text = new("text/plain", "txt", "文本");
    public static readonly UploadFormat Html = new("text/html", "html", "网页");
    public static readonly UploadFormat Word = new(DocxReportReader.MediaType, "docx", "Word 文件");
    public static readonly UploadFormat Pdf = new(PdfReportReader.MediaType, "pdf", "PDF 文件");
    public static readonly UploadFormat Json = new("application/json", "json", "JSON");

    public static IReadOnlyList<UploadFormat> All { get; } = [Text, Html, Word, Pdf, Json];
}
