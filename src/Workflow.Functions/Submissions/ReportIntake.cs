using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Workflow.Functions.Http;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Reading.Html;
using Workflow.Reports.Reading.Pdf;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// Turns an upload into a reading and findings with the domain library. application/json is the canonical
/// model; everything else goes through <see cref="ReportReaders"/>, which looks at the bytes before the
/// declared type (a .docx sent as text/plain is still read as Word; an executable sent as .docx is refused).
/// Size limits: text and JSON <see cref="WorkflowOptions.MaxUploadBytes"/> (4 MB), HTML, Word and PDF what their
/// readers accept (8 MB, 20 MB and 20 MB: pages exported from Word and documents with a scanned seal are larger).
/// </summary>
public sealed class ReportIntake(IOptions<WorkflowOptions> options, ReadGate gate)
{
    public const string OctetStream = "application/octet-stream";
    private const string Xhtml = "application/xhtml+xml";
    private const long Megabyte = 1024 * 1024;

    private static readonly ReportReaders Readers = new();

    /// <summary>The Content-Types a report may be sent as; application/octet-stream is identified by its bytes.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } =
        ["text/plain", "text/html", DocxReportReader.MediaType, PdfReportReader.MediaType, "application/json", OctetStream];

    public static bool Accepts(string? mediaType) => mediaType is not null && (MediaTypes.Contains(mediaType) || mediaType == Xhtml);

    /// <summary>The most bytes read of a body of that format.</summary>
    public long LimitFor(UploadFormat format) =>
        format == UploadFormat.Html ? HtmlReportReader.MaxBytes
        : format == UploadFormat.Word ? DocxReportReader.MaxBytes
        : format == UploadFormat.Pdf ? PdfReportReader.MaxBytes
        : options.Value.MaxUploadBytes;

    /// <summary>The most bytes read of a body declared as <paramref name="mediaType"/>, before it is identified.</summary>
    public long LimitFor(string mediaType) => mediaType switch
    {
        "text/html" or Xhtml => LimitFor(UploadFormat.Html),
        DocxReportReader.MediaType => LimitFor(UploadFormat.Word),
        PdfReportReader.MediaType => LimitFor(UploadFormat.Pdf),
        OctetStream => UploadFormat.All.Max(LimitFor),
        _ => LimitFor(UploadFormat.Text),
    };

    /// <summary>
    /// Reads the request body within the limits and identifies it. Refusals are problem+json in Chinese:
    /// 415 for a media type or file type that is not a report, 413 above the limit of the declared or the
    /// identified format (the body is never read past the declared one).
    /// </summary>
    public async Task<(ApiResponse? Refusal, ReportUpload? Upload)> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = SubmissionRules.MediaType(request);
        if (!Accepts(mediaType))
        {
            return (ApiResults.Problem(415, "不支持的内容类型",
                $"请以 {string.Join("、", MediaTypes)} 提交（文本、网页、Word 文件、PDF 文件或 JSON；不确定时用 {OctetStream}，按内容识别）。"), null);
        }

        var limit = LimitFor(mediaType!);
        var body = await RequestBody.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return (TooLarge(limit, mediaType == OctetStream ? null : Identified(mediaType!)), null);
        }

        UploadFormat format;
        try
        {
            format = Identify(body, mediaType!);
        }
        catch (UnreadableReportException e)
        {
            return (Refusal(e), null);
        }

        return body.Length > LimitFor(format) ? (TooLarge(LimitFor(format), format), null) : (null, new ReportUpload(body, format));
    }

    /// <summary>What the body is: its bytes decide (zip = Word, %PDF- = PDF, markup = HTML), then the declared type.</summary>
    /// <exception cref="UnreadableReportException">Code "unsupported-type": an executable, image or archive.</exception>
    public static UploadFormat Identify(ReadOnlySpan<byte> body, string mediaType)
    {
        if (mediaType == UploadFormat.Json.MediaType || (mediaType == OctetStream && StartsLikeJson(body)))
        {
            return UploadFormat.Json;
        }

        return Readers.For(body, mediaType == OctetStream ? null : mediaType) switch
        {
            HtmlReportReader => UploadFormat.Html,
            DocxReportReader => UploadFormat.Word,
            PdfReportReader => UploadFormat.Pdf,
            _ => UploadFormat.Text,
        };
    }

    /// <exception cref="UnreadableReportException">The body is not a readable report.</exception>
    public ReportReading Read(ReadOnlyMemory<byte> body, string mediaType, ReadOptions options) =>
        Read(body, Identify(body.Span, mediaType), options);

    /// <exception cref="UnreadableReportException">The body is not a readable report.</exception>
    public ReportReading Read(ReadOnlyMemory<byte> body, UploadFormat format, ReadOptions options) =>
        format == UploadFormat.Json ? ReadJson(body, options)
        : format == UploadFormat.Text ? Readers.Read(body, format.MediaType, options)
        : gate.Run(() => Readers.Read(body, format.MediaType, options));

    /// <summary>
    /// The reader's notes and the validator's findings (with last year's report for cross-year rules), and, when the
    /// agency is registered, whether the title names it (<see cref="AgencyRules"/>, F-AGENCY).
    /// </summary>
    public IReadOnlyList<Finding> Check(ReportReading reading, AnnualReport? previous, string? registeredAgency = null) =>
        registeredAgency is null
            ? new ReportValidator().Validate(reading, previous)
            : ReportValidator.Arrange([.. new ReportValidator().Validate(reading, previous), .. AgencyRules.Check(reading.Report, registeredAgency)]);

    /// <summary>
    /// A reader's refusal as an answer: 415 for a file type that is not a report, 413 too large, 422 for a PDF that
    /// is well formed but cannot be read (a scan, a password, too many pages), else 400.
    /// </summary>
    public static ApiResponse Refusal(UnreadableReportException e) => e.Code switch
    {
        "unsupported-type" => ApiResults.Problem(415, "不支持的文件类型", e.Message),
        "too-large" => ApiResults.Problem(413, "报告过大", e.Message),
        "no-text-layer" or "encrypted" or "too-many-pages" => ApiResults.Problem(422, "无法读取报告", e.Message),
        ReadGate.BusyCode => ApiResults.Problem(503, "服务器繁忙", e.Message, headers: new Dictionary<string, string> { ["Retry-After"] = ReadGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        _ => ApiResults.Problem(400, "无法读取报告", e.Message),
    };

    private ApiResponse TooLarge(long limit, UploadFormat? format) => ApiResults.Problem(413, "报告过大",
        $"提交的{format?.Name ?? "内容"}不能超过 {limit / Megabyte} MB（{limit} 字节）。上限：文本与 JSON {LimitFor(UploadFormat.Text) / Megabyte} MB，"
        + $"网页 {LimitFor(UploadFormat.Html) / Megabyte} MB，Word 文件 {LimitFor(UploadFormat.Word) / Megabyte} MB，PDF 文件 {LimitFor(UploadFormat.Pdf) / Megabyte} MB；"
        + "如 Word 文件过大，请删除其中的图片后再提交。");

    private static UploadFormat Identified(string mediaType) => mediaType switch
    {
        "text/html" or Xhtml => UploadFormat.Html,
        DocxReportReader.MediaType => UploadFormat.Word,
        PdfReportReader.MediaType => UploadFormat.Pdf,
        "application/json" => UploadFormat.Json,
        _ => UploadFormat.Text,
    };

    private static bool StartsLikeJson(ReadOnlySpan<byte> body) => ReportJsonReader.StartsLikeJson(body);

    private static ReportReading ReadJson(ReadOnlyMemory<byte> body, ReadOptions options)
    {
        // UTF-8 with or without a byte-order mark, or UTF-16, as the command-line tool reads it; Chinese refusals.
        var report = ReportJsonReader.Read(body.Span);

        // As for the text reader, what the caller knows (the registered agency, the year in the address) wins.
        var agency = new Agency(
            options.AgencyId ?? report.Agency.Id,
            options.AgencyName ?? report.Agency.Name,
            options.Kind ?? report.Agency.Kind);
        return ReportTextCleaner.Clean(new ReportReading(report with { Agency = agency, Year = options.Year ?? report.Year }, []));
    }
}
