using System.IO.Compression;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Pdf;

namespace Workflow.Reports.Tests.Reading.Pdf;

/// <summary>PDFs that cannot be read end in <see cref="UnreadableReportException"/> with a Chinese message that says what to send instead.</summary>
public sealed class PdfRefusalTests
{
    private static UnreadableReportException Refusal(byte[] bytes)
    {
        var refusal = Assert.Throws<UnreadableReportException>(() => new PdfReportReader().Read(bytes, ReadOptions.None));
        Assert.Matches("[\u4e00-\u9fff]{4}", refusal.Message);
        return refusal;
    }

    [Fact]
    public void Scan_without_a_text_layer_is_refused_asking_for_the_word_or_text_version()
    {
        var refusal = Refusal(RealReports.Bytes("Fixtures/Pdf/scan.pdf"));

        Assert.Equal("no-text-layer", refusal.Code);
        Assert.Contains("Word（.docx）或文本", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_encrypted_with_a_password_is_refused_asking_for_an_unencrypted_file()
    {
        var refusal = Refusal(RealReports.Bytes("Fixtures/Pdf/encrypted.pdf"));

        Assert.Equal("encrypted", refusal.Code);
        Assert.Contains("未加密", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_of_two_thousand_pages_is_refused_by_its_page_count()
    {
        Assert.Equal("too-many-pages", Refusal(HandWrittenPdf.Pages(2000)).Code);
    }

    [Fact]
    public void Pdf_of_blank_pages_has_no_text_layer()
    {
        Assert.Equal("no-text-layer", Refusal(HandWrittenPdf.Pages(3)).Code);
    }

    [Fact]
    public void Pdf_bomb_is_refused_without_inflating_its_content()
    {
        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 512; i++)
            {
                zlib.Write(spaces);
            }
        }
        var bomb = HandWrittenPdf.PageWithContent(deflated.ToArray());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Refusal(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(bomb.Length < 4 * 1024 * 1024, "the bomb itself is small");
        Assert.Equal("too-complex", refusal.Code);
        Assert.True(allocated < 200L * 1024 * 1024, $"reading the bomb allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void Lzw_bomb_is_refused_without_decoding_its_content()
    {
        var bomb = HandWrittenPdf.PageWithContent(LzwCodes.Run(512L * 1024 * 1024), "LZWDecode");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Refusal(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(bomb.Length < 1024 * 1024, "the bomb itself is small");
        Assert.Equal("too-complex", refusal.Code);
        Assert.True(allocated < 200L * 1024 * 1024, $"reading the bomb allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void Run_length_bomb_is_refused_without_decoding_its_content()
    {
        // Runs of 128 bytes written in 2: 8 MB of runs would decode to 512 MB.
        var bomb = HandWrittenPdf.PageWithContent(RunLengthLengthTests.Runs(4 * 1024 * 1024), "RunLengthDecode");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Refusal(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("too-complex", refusal.Code);
        Assert.True(allocated < 200L * 1024 * 1024, $"reading the bomb allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public void Damaged_pdf_is_refused_as_corrupt()
    {
        var damaged = RealReports.Bytes(HuaianPdfTests.File)[..4096];

        Assert.Equal("corrupt", Refusal(damaged).Code);
    }

    [Fact]
    public void Garbage_after_the_pdf_signature_is_refused_as_corrupt()
    {
        Assert.Equal("corrupt", Refusal([.. "%PDF-1.7\n"u8, .. Enumerable.Repeat((byte)0xA5, 10_000)]).Code);
    }

    [Fact]
    public void Pdf_larger_than_the_limit_is_refused_before_it_is_parsed()
    {
        var large = new byte[PdfReportReader.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(large);

        Assert.Equal("too-large", Refusal(large).Code);
    }
}
