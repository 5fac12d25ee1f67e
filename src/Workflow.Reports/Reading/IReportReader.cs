namespace Workflow.Reports.Reading;

/// <summary>Reads one input format into the canonical model.</summary>
public interface IReportReader
{
    /// <summary>Media types this reader accepts, e.g. "text/plain".</summary>
    IReadOnlyList<string> MediaTypes { get; }

    /// <exception cref="UnreadableReportException">The input cannot be read as a report.</exception>
    ReportReading Read(ReadOnlyMemory<byte> content, ReadOptions options);
}
