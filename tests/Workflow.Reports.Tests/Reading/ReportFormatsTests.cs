using System.Text;
using Workflow.Reports.Reading;

namespace Workflow.Reports.Tests.Reading;

/// <summary>The list of input formats that the API, the command-line tool and history import share.</summary>
public class ReportFormatsTests
{
    private static readonly byte[] JsonBody = Encoding.UTF8.GetBytes("\uFEFF  {\"year\": 2023}");

    [Fact]
    public void Every_format_declares_the_media_type_it_is_stored_with_and_octet_stream_comes_last()
    {
        Assert.All(ReportFormats.All, f => Assert.Contains(f.MediaType, f.MediaTypes));
        Assert.Equal(ReportFormats.All.SelectMany(f => f.MediaTypes).Append(ReportFormats.OctetStream), ReportFormats.MediaTypes);
    }

    [Theory]
    [InlineData("报告.DOCX", "docx")]
    [InlineData("report.htm", "html")]
    [InlineData("report.pdf", "pdf")]
    [InlineData("report.json", "json")]
    [InlineData("report.md", "txt")]
    public void A_file_extension_declares_its_format(string path, string extension) =>
        Assert.Equal(extension, ReportFormats.ForFile(path)?.Extension);

    [Fact]
    public void An_unknown_extension_declares_nothing() => Assert.Null(ReportFormats.ForFile("report.xyz"));

    [Fact]
    public void A_body_sent_as_octet_stream_that_starts_like_json_is_json() =>
        Assert.Same(ReportFormats.Json, ReportFormats.Identify(JsonBody, ReportFormats.OctetStream));

    [Fact]
    public void A_body_sent_as_text_that_starts_like_json_stays_text() =>
        Assert.Same(ReportFormats.Text, ReportFormats.Identify(JsonBody, "text/plain"));

    [Fact]
    public void The_bytes_of_a_pdf_win_over_a_declared_text_type() =>
        Assert.Same(ReportFormats.Pdf, ReportFormats.Identify("%PDF-1.7\n"u8, "text/plain"));

    [Fact]
    public void Only_formats_that_parse_a_container_wait_for_a_read_slot() =>
        Assert.Equal(["docx", "pdf", "html"], ReportFormats.All.Where(f => f.Parses).Select(f => f.Extension));

    [Fact]
    public void A_json_reading_takes_the_agency_and_year_the_caller_knows()
    {
        var json = Workflow.Reports.Rendering.ReportJson.Serialize(Support.ConsistentReports.Example());

        var reading = ReportFormats.Json.Reader.Read(Encoding.UTF8.GetBytes(json), new ReadOptions("registered-id", "某某局", null, 2024));

        Assert.Equal(("registered-id", "某某局", 2024), (reading.Report.Agency.Id, reading.Report.Agency.Name, reading.Report.Year));
    }
}
