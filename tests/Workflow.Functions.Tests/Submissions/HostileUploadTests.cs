using Workflow.Reports.Reading;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Reading.Docx;

namespace Workflow.Functions.Tests.Submissions;

/// <summary>
/// Files built to hurt the service get a 4xx with a Chinese problem+json, through the submission route and the
/// dry run. With the admin key the dry run does no I/O before refusing, so it runs to its answer on the calling
/// thread and that thread's allocations measure the memory a refusal costs.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class HostileUploadTests(ReviewTestHost host)
{
    private const long Megabyte = 1024 * 1024;

    public static TheoryData<string, string, int> Hostile => new()
    {
        { "zip-bomb", DocxReportReader.MediaType, 400 },
        { "nested-tables", "text/html", 400 },
        { "invalid-utf8", "text/plain; charset=utf-8", 400 },
        { "exe-as-docx", DocxReportReader.MediaType, 415 },
        { "exe-as-octet-stream", "application/octet-stream", 415 },
        { "huge-html", "text/html", 413 },
        { "scanned-pdf", "application/pdf", 422 },
        { "encrypted-pdf", "application/octet-stream", 422 },
    };

    private static readonly Lazy<byte[]> ZipBomb = new(() =>
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[Megabyte];
            for (var i = 0; i < 256; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    });

    private static byte[] Body(string kind) => kind switch
    {
        "zip-bomb" => ZipBomb.Value,
        "nested-tables" => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>", 20_000)) + "</body></html>"),
        "invalid-utf8" => [.. Encoding.UTF8.GetBytes("2023年政府信息公开工作年度报告\n一、总体情况\n"), 0xC3, 0x28, 0xFF, 0xFE, 0xFF, 0x80],
        "exe-as-docx" or "exe-as-octet-stream" => [.. "MZ"u8, .. new byte[4096]],
        "huge-html" => HugeHtml(),
        "scanned-pdf" => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures/Pdf/scan.pdf")),
        "encrypted-pdf" => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures/Pdf/encrypted.pdf")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>50 MB of a plausible page: a real report's start, then rows of blank table cells.</summary>
    private static byte[] HugeHtml()
    {
        var page = new byte[50 * Megabyte];
        var head = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"><title>2023年政府信息公开工作年度报告</title></head><body><table>");
        head.CopyTo(page, 0);
        var row = "<tr><td>&nbsp;</td></tr>"u8;
        for (var at = head.Length; at + row.Length <= page.Length; at += row.Length)
        {
            row.CopyTo(page.AsSpan(at));
        }

        return page;
    }

    private static void AssertChineseProblem(ApiResponse response, int status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.ContentType, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(response.Content!);
        Assert.Matches("[\u4e00-\u9fff]{2}", problem.RootElement.GetProperty("title").GetString());
        Assert.Matches("[\u4e00-\u9fff]{4}", problem.RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("Exception", response.Content, StringComparison.Ordinal);
    }

    private ValidateReport DryRun => ActivatorUtilities.CreateInstance<ValidateReport>(host.Services);

    private static Dictionary<string, string> Admin => new() { ["X-Admin-Key"] = TestSettings.AdminKey };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_submission_gets_a_chinese_4xx_and_nothing_is_stored(string kind, string contentType, int status)
    {
        var agency = await host.RegisterAgencyAsync();
        var request = TestRequests.Create("POST", Body(kind), contentType, TestRequests.AgencyKey(agency.Key));

        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<SubmitDraft>(host.Services).Run(request, host.Client, agency.Id, "2023", CancellationToken.None);

        AssertChineseProblem(response, status);
        Assert.Null(await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_dry_run_is_refused_on_the_calling_thread_within_bounded_memory(string kind, string contentType, int status)
    {
        var body = Body(kind);
        var request = TestRequests.Create("POST", body, contentType, Admin, sendLength: false);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var run = DryRun.Run(request, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(run.IsCompleted, "the refusal needs no I/O, so the allocations above are all it cost");
        AssertChineseProblem((ApiResponse)await run, status);
        Assert.True(allocated < 32 * Megabyte, $"{kind}: {allocated / Megabyte} MB allocated");
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_without_expanding_it()
    {
        var request = TestRequests.Create("POST", ZipBomb.Value, DocxReportReader.MediaType, Admin);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var run = DryRun.Run(request, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(run.IsCompleted);
        Assert.Equal(400, ((ApiResponse)await run).StatusCode);
        Assert.True(ZipBomb.Value.Length < Megabyte, "the bomb itself is small");
        Assert.True(allocated < 256 * Megabyte / 4, $"{allocated / Megabyte} MB allocated for a 256 MB expansion");
    }

    [Fact]
    public async Task A_50_MB_page_declared_by_its_length_is_refused_unread()
    {
        var body = new MemoryStream(HugeHtml());
        var request = TestRequests.Create("POST", null, "text/html", Admin);
        request.Body = body;
        request.ContentLength = body.Length;

        var response = (ApiResponse)await DryRun.Run(request, CancellationToken.None);

        AssertChineseProblem(response, 413);
        Assert.Contains("网页", response.Content, StringComparison.Ordinal);
        Assert.Equal(0, body.Position);
    }

    [Fact]
    public async Task A_50_MB_page_without_a_length_is_read_no_further_than_the_html_limit()
    {
        var body = new MemoryStream(HugeHtml());
        var request = TestRequests.Create("POST", null, "text/html", Admin, sendLength: false);
        request.Body = body;
        request.ContentLength = null;
        var limit = host.Services.GetRequiredService<ReportIntake>().LimitFor(ReportFormats.Html);

        var response = (ApiResponse)await DryRun.Run(request, CancellationToken.None);

        AssertChineseProblem(response, 413);
        Assert.InRange(body.Position, limit, limit + 81920);
    }

    [Fact]
    public void Pages_and_word_files_may_be_larger_than_text()
    {
        var intake = host.Services.GetRequiredService<ReportIntake>();

        Assert.Equal(4 * Megabyte, intake.LimitFor(ReportFormats.Text));
        Assert.Equal(8 * Megabyte, intake.LimitFor(ReportFormats.Html));
        Assert.Equal(20 * Megabyte, intake.LimitFor(ReportFormats.Word));
        Assert.Equal(20 * Megabyte, intake.LimitFor(ReportFormats.OctetStream));
    }

    [Fact]
    public async Task A_page_sent_as_octet_stream_is_held_to_the_html_limit()
    {
        var page = HugeHtml()[..(int)(10 * Megabyte)];
        var request = TestRequests.Create("POST", page, "application/octet-stream", Admin);

        var response = (ApiResponse)await DryRun.Run(request, CancellationToken.None);

        AssertChineseProblem(response, 413);
        Assert.Contains("8 MB", response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_is_an_unsupported_media_type()
    {
        var request = TestRequests.Create("POST", [0x89, 0x50, 0x4E, 0x47], "image/png", Admin);

        var response = (ApiResponse)await DryRun.Run(request, CancellationToken.None);

        AssertChineseProblem(response, 415);
    }
}
