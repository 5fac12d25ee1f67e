using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// Reads a report published as PDF (exported by WPS, Word, LibreOffice or a browser) from its text layer: words
/// with their positions become lines, prose lines paragraphs and table regions grids (<see cref="PdfBlocks"/>),
/// read by the same interpreter as HTML and Word. A scan without a text layer, an encrypted or damaged file and
/// files out of bounds (<see cref="PdfTextLayer"/>) are refused with a message that says what to submit instead.
/// </summary>
public sealed class PdfReportReader : IReportReader
{
    public const string MediaType = "application/pdf";

    /// <summary>Largest file read; callers such as the submission API size their upload limit by it.</summary>
    public const int MaxBytes = PdfTextLayer.MaxBytes;

    public IReadOnlyList<string> MediaTypes { get; } = [MediaType];

    public ReportReading Read(ReadOnlyMemory<byte> content, ReadOptions options) =>
        ReportTableInterpreter.Interpret(Document(content), options);

    /// <exception cref="UnreadableReportException">The file cannot be read as a PDF with text.</exception>
    internal static ReportDocument Document(ReadOnlyMemory<byte> content)
    {
        var layer = PdfTextLayer.Read(content);
        return new ReportDocument(layer.Title, PdfBlocks.Of(layer.Pages));
    }
}
