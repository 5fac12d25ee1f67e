using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Workflow.Functions.Http;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// Turns an upload into a reading and findings with the domain library, through the list of formats
/// (<see cref="ReportFormats"/>): the bytes decide before the declared type (a .docx sent as text/plain is still read as
/// Word; an executable sent as .docx is refused). Size limits: text and JSON <see cref="WorkflowOptions.MaxUploadBytes"/>
/// (4 MB), HTML, Word and PDF what their readers accept (8 MB, 20 MB and 20 MB: pages exported from Word and documents
/// with a scanned seal are larger).
/// </summary>
public sealed class ReportIntake(IOptions<WorkflowOptions> options, ReadGate gate)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>The most bytes read of a body of that format.</summary>
    public long LimitFor(ReportFormat format) => format.MaxBytes ?? options.Value.MaxUploadBytes;

    /// <summary>The most bytes read of a body declared as <paramref name="mediaType"/>, before it is identified.</summary>
    public long LimitFor(string mediaType) =>
        mediaType == ReportFormats.OctetStream ? ReportFormats.All.Max(LimitFor) : LimitFor(ReportFormats.Declared(mediaType) ?? ReportFormats.Text);

    /// <summary>
    /// Reads the request body within the limits and identifies it. Refusals are problem+json in Chinese:
    /// 415 for a media type or file type that is not a report, 413 above the limit of the declared or the
    /// identified format (the body is never read past the declared one).
    /// </summary>
    public async Task<(ApiResponse? Refusal, ReportUpload? Upload)> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = SubmissionRules.MediaType(request);
        if (mediaType is null || !ReportFormats.MediaTypes.Contains(mediaType))
        {
            return (ApiResults.Problem(415, "不支持的内容类型",
                $"请以 {string.Join("、", ReportFormats.MediaTypes.Where(m => m != "application/xhtml+xml"))} 提交（{string.Join("、", ReportFormats.All.Select(f => f.Label))}；不确定时用 {ReportFormats.OctetStream}，按内容识别）。"), null);
        }

        var limit = LimitFor(mediaType);
        var body = await RequestBody.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return (TooLarge(limit, ReportFormats.Declared(mediaType) ?? (mediaType == ReportFormats.OctetStream ? null : ReportFormats.Text)), null);
        }

        ReportFormat format;
        try
        {
            format = Identify(body, mediaType);
        }
        catch (UnreadableReportException e)
        {
            return (Refusal(e), null);
        }

        return body.Length > LimitFor(format) ? (TooLarge(LimitFor(format), format), null) : (null, new ReportUpload(body, format));
    }

    /// <summary>What the body is (<see cref="ReportFormats.Identify"/>).</summary>
    /// <exception cref="UnreadableReportException">Code "unsupported-type": an executable, image or archive.</exception>
    public static ReportFormat Identify(ReadOnlySpan<byte> body, string mediaType) => ReportFormats.Identify(body, mediaType);

    /// <exception cref="UnreadableReportException">The body is not a readable report.</exception>
    public ReportReading Read(ReadOnlyMemory<byte> body, string mediaType, ReadOptions options) =>
        Read(body, Identify(body.Span, mediaType), options);

    /// <summary>Formats that parse a container wait for a read slot (<see cref="ReadGate"/>); text and JSON do not.</summary>
    /// <exception cref="UnreadableReportException">The body is not a readable report.</exception>
    public ReportReading Read(ReadOnlyMemory<byte> body, ReportFormat format, ReadOptions options) =>
        format.Parses ? gate.Run(() => ReportReaders.Read(body, format, options)) : ReportReaders.Read(body, format, options);

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

    private ApiResponse TooLarge(long limit, ReportFormat? format) => ApiResults.Problem(413, "报告过大",
        $"提交的{format?.Label ?? "内容"}不能超过 {limit / Megabyte} MB（{limit} 字节）。上限：文本与 JSON {LimitFor(ReportFormats.Text) / Megabyte} MB，"
        + $"网页 {LimitFor(ReportFormats.Html) / Megabyte} MB，Word 文件 {LimitFor(ReportFormats.Word) / Megabyte} MB，PDF 文件 {LimitFor(ReportFormats.Pdf) / Megabyte} MB；"
        + "如 Word 文件过大，请删除其中的图片后再提交。");
}
