namespace Workflow.Reports.Reading;

/// <summary>
/// The reader for whatever a bureau uploads, chosen by <see cref="ReportFormats.Identify"/> (the bytes first, then the
/// declared media type, else text).
/// </summary>
public sealed class ReportReaders : IReportReader
{
    public IReadOnlyList<string> MediaTypes => ReportFormats.MediaTypes;

    public ReportReading Read(ReadOnlyMemory<byte> content, ReadOptions options) => Read(content, (string?)null, options);

    /// <param name="mediaType">The Content-Type the upload declared (parameters such as charset are ignored), or null.</param>
    /// <remarks>Every reading leaves here with its text clean (<see cref="ReportTextCleaner"/>, finding F-CTRL).</remarks>
    public ReportReading Read(ReadOnlyMemory<byte> content, string? mediaType, ReadOptions options) =>
        Read(content, ReportFormats.Identify(content.Span, Bare(mediaType)), options);

    /// <summary>Reads content already identified as <paramref name="format"/>.</summary>
    public static ReportReading Read(ReadOnlyMemory<byte> content, ReportFormat format, ReadOptions options) =>
        ReportTextCleaner.Clean(format.Reader.Read(content, options));

    /// <exception cref="UnreadableReportException">Code "unsupported-type" for executables, images and archives.</exception>
    public IReportReader For(ReadOnlySpan<byte> content, string? mediaType) => ReportFormats.Identify(content, Bare(mediaType)).Reader;

    private static string? Bare(string? mediaType) => mediaType?.Split(';')[0].Trim().ToLowerInvariant();
}
