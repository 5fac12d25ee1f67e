using Workflow.Reports.Reading;

namespace Workflow.Cli;

/// <summary>
/// A report file on disk: canonical report.json, or a report as bureaus write it — text (UTF-8,
/// UTF-16 with a byte-order mark or GB18030), HTML, Word .docx or PDF — read by <see cref="ReportReaders"/>.
/// </summary>
public static class ReportFile
{
    /// <summary>Far above any real report; stops a wrong file (a video, a disk image) from being loaded whole.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <exception cref="UnreadableReportException">Missing, unreadable, binary or not a report.</exception>
    /// <remarks>The extension is only a hint (<see cref="ReportFormats.ForFile"/>): the readers also recognise Word, PDF and HTML by their content.</remarks>
    public static ReportReading Read(string path, ReadOptions options) =>
        new ReportReaders().Read(Load(path), ReportFormats.ForFile(path)?.MediaType, options);

    private static byte[] Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new UnreadableReportException("not-found", $"找不到文件“{path}”。");
            }
            if (info.Length > MaxBytes)
            {
                throw new UnreadableReportException("too-large", $"文件“{path}”过大（{info.Length / 1024 / 1024} MB），不是一份年度报告。");
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UnreadableReportException("io", $"无法读取文件“{path}”：{e.Message}");
        }
    }
}
