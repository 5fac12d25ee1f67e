using System.Text;
using System.Text.Json;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Reading.Pdf;
using Workflow.Reports.Rendering;

namespace Workflow.Cli;

/// <summary>
/// A report file on disk: canonical report.json (by extension), or a report as bureaus write it — text (UTF-8,
/// UTF-16 with a byte-order mark or GB18030), HTML, Word .docx or PDF — read by <see cref="ReportReaders"/>.
/// </summary>
public static class ReportFile
{
    /// <summary>Far above any real report; stops a wrong file (a video, a disk image) from being loaded whole.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <exception cref="UnreadableReportException">Missing, unreadable, binary or not a report.</exception>
    public static ReportReading Read(string path, ReadOptions options)
    {
        var bytes = Load(path);
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(bytes, options);
        }
        return new ReportReaders().Read(bytes, DeclaredMediaType(path), options);
    }

    /// <summary>The extension is only a hint: the readers also recognise Word, PDF and HTML by their content.</summary>
    private static string? DeclaredMediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".docx" => DocxReportReader.MediaType,
        ".pdf" => PdfReportReader.MediaType,
        _ => null,
    };

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

    /// <summary>A report.json has nothing a reader must note; the caller's options still override its metadata.</summary>
    private static ReportReading ReadJson(byte[] bytes, ReadOptions options)
    {
        var report = ReportJsonReader.Read(bytes);
        report = report with
        {
            Agency = report.Agency with
            {
                Id = options.AgencyId ?? report.Agency.Id,
                Name = options.AgencyName ?? report.Agency.Name,
                Kind = options.Kind ?? report.Agency.Kind,
            },
            Year = options.Year ?? report.Year,
        };
        return ReportTextCleaner.Clean(new ReportReading(report, []));
    }
}
