using System.Text;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Reading.Html;
using Workflow.Reports.Reading.Pdf;
using Workflow.Reports.Rendering;
using Workflow.Reports.Tests.Reading.Docx;
using Workflow.Reports.Tests.Support;

namespace Workflow.Reports.Tests.Reading;

/// <summary>The composite picks the reader from the bytes first, then the declared media type, and refuses foreign files.</summary>
public sealed class ReportReadersTests
{
    private static readonly ReportReaders Readers = new();

    [Fact]
    public void Zip_content_goes_to_the_word_reader_whatever_is_declared()
    {
        Assert.IsType<DocxReportReader>(Readers.For(WordReport.Build(ConsistentReports.Example()), "text/plain"));
    }

    [Fact]
    public void Markup_goes_to_the_html_reader_even_when_declared_as_word()
    {
        var page = Encoding.UTF8.GetBytes("\uFEFF  <!DOCTYPE html><html><body></body></html>");

        Assert.IsType<HtmlReportReader>(Readers.For(page, DocxReportReader.MediaType));
    }

    [Fact]
    public void Plain_text_goes_to_the_text_reader()
    {
        Assert.IsType<TextReportReader>(Readers.For(RealReports.Bytes(RealReports.SeedFile), null));
    }

    [Fact]
    public void Pdf_is_recognised_by_its_signature_whatever_it_is_labelled()
    {
        Assert.IsType<PdfReportReader>(Readers.For("%PDF-1.7\n"u8, "text/plain"));
    }

    [Fact]
    public void Declared_pdf_media_type_is_honoured()
    {
        Assert.IsType<PdfReportReader>(Readers.For("\n%PDF-1.4"u8, "application/pdf"));
    }

    [Fact]
    public void Declared_html_media_type_with_parameters_is_honoured_for_text_without_markup_at_the_start()
    {
        Assert.IsType<HtmlReportReader>(Readers.For("一、总体情况"u8, "text/html; charset=utf-8"));
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    public void Executables_and_images_are_refused_in_chinese(byte[] head)
    {
        var content = head.Concat(new byte[512]).ToArray();

        var refusal = Assert.Throws<UnreadableReportException>(() => Readers.Read(content, DocxReportReader.MediaType, ReadOptions.None));

        Assert.Equal("unsupported-type", refusal.Code);
        Assert.Matches("[\u4e00-\u9fff]{4}", refusal.Message);
    }

    [Fact]
    public void Each_format_of_the_same_report_reads_to_the_same_model()
    {
        var original = ConsistentReports.Example();
        var options = new ReadOptions(AgencyId: original.Agency.Id, Kind: original.Agency.Kind);

        var fromHtml = Readers.Read(Encoding.UTF8.GetBytes(new HtmlReportRenderer().Render(original)), options).Report;
        var fromWord = Readers.Read(WordReport.Build(original), options).Report;

        Assert.Equal(ReportJsonForComparison.Of(fromHtml), ReportJsonForComparison.Of(fromWord));
    }
}
