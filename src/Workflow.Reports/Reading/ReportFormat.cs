namespace Workflow.Reports.Reading;

/// <summary>Whether content looks like a format (its first bytes), whatever it was declared as.</summary>
public delegate bool ContentTest(ReadOnlySpan<byte> content);

/// <summary>
/// One input format of a report: how people name and send it, how much of it is read, how it is recognised and
/// which reader reads it. The list of them is <see cref="ReportFormats.All"/>.
/// </summary>
/// <param name="Extension">The extension (without the dot) the original is stored under.</param>
/// <param name="Label">Its Chinese name in messages (“Word 文件”).</param>
/// <param name="MediaType">The media type the original is stored with.</param>
/// <param name="MediaTypes">The Content-Types that declare it.</param>
/// <param name="Extensions">The file extensions that declare it (command-line tool), with the dot.</param>
/// <param name="MaxBytes">The most bytes read; null for the configured limit of plain uploads.</param>
/// <param name="Recognises">
/// Its signature, tested before any declaration (a .docx sent as text/plain is still Word); null for formats known only
/// by declaration (text, and JSON unless sent as application/octet-stream).
/// </param>
/// <param name="Parses">True for a format whose reading parses a container (HTML, Word, PDF): it waits for a read slot.</param>
public sealed record ReportFormat(
    string Extension,
    string Label,
    string MediaType,
    IReadOnlyList<string> MediaTypes,
    IReadOnlyList<string> Extensions,
    long? MaxBytes,
    ContentTest? Recognises,
    bool Parses,
    IReportReader Reader)
{
    public bool IsDeclaredBy(string? mediaType) => mediaType is not null && MediaTypes.Contains(mediaType);

    public override string ToString() => Extension;
}
