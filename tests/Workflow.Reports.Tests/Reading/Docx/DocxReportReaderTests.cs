using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Tests.Support;

namespace Workflow.Reports.Tests.Reading.Docx;

/// <summary>The national template filled in Word (<see cref="WordReport"/>) reads to the report it was filled with.</summary>
public sealed class DocxReportReaderTests
{
    private static readonly Lazy<AnnualReport> Example = new(ConsistentReports.Example);

    private static readonly Lazy<ReportReading> ExampleReading = new(() => Read(Example.Value));

    private static ReportReading Read(AnnualReport report) =>
        new DocxReportReader().Read(WordReport.Build(report), new ReadOptions(AgencyId: report.Agency.Id, Kind: report.Agency.Kind));

    private static AnnualReport Report => ExampleReading.Value.Report;

    [Fact]
    public void Template_filled_in_word_reads_to_the_expected_model()
    {
        Assert.Equal(ReportJsonForComparison.Of(Example.Value), ReportJsonForComparison.Of(Report));
    }

    [Fact]
    public void Seed_typed_into_word_reads_back_exactly()
    {
        var seed = RealReports.Seed.Report;

        var reading = Read(seed).Report;

        Assert.Equal(ReportJsonForComparison.Of(seed), ReportJsonForComparison.Of(reading));
    }

    [Fact]
    public void Seed_figures_typed_into_word_keep_their_units()
    {
        var proactive = Read(RealReports.Seed.Report).Report.Sections.Proactive;

        var permits = Assert.Single(proactive.Cells, c => c.Row == "行政许可");
        var purchases = Assert.Single(proactive.Cells, c => c.Row == "政府集中采购" && c.Column == "采购总金额");
        Assert.Equal((15098m, "件", "15098件"), (permits.Value, permits.Unit, permits.Raw));
        Assert.Equal((1887.214474m, "万元"), (purchases.Value, purchases.Unit));
    }

    [Fact]
    public void Headings_numbered_by_word_lists_are_recognised_by_their_words()
    {
        Assert.Equal(Example.Value.Sections.Problems, Report.Sections.Problems);
        Assert.Equal(Example.Value.Sections.Other, Report.Sections.Other);
    }

    [Fact]
    public void Row_labels_without_typed_numbering_are_found()
    {
        Assert.Equal(Example.Value.Sections.Requests.Rows["G1"], Report.Sections.Requests.Rows["G1"]);
        Assert.Equal(Example.Value.Sections.Requests.Rows["S7"], Report.Sections.Requests.Rows["S7"]);
    }

    [Fact]
    public void Fixture_holds_what_the_reader_must_see_through()
    {
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(WordReport.Build(Example.Value)), false);
        var xml = word.MainDocumentPart!.Document!.OuterXml;

        Assert.All(
            ["<w:txbxContent", "<w:delText", "<w:moveFrom ", "<w:ins ", "<w:vMerge w:val=\"restart\"", "<w:vMerge />", "<w:gridSpan", "<w:numPr>", WordReport.TextBoxJunk, WordReport.DeletedWords],
            part => Assert.Contains(part, xml));
        Assert.DoesNotContain(">一、总体情况<", xml);
    }

    [Fact]
    public void Text_box_content_is_not_read()
    {
        Assert.DoesNotContain("此稿作废", Report.Sections.Overview);
        Assert.DoesNotContain(ReportJsonForComparison.Of(Report), "99999");
    }

    [Fact]
    public void Tracked_deletions_and_moves_are_dropped_and_insertions_kept()
    {
        var overview = Report.Sections.Overview;

        Assert.DoesNotContain(WordReport.DeletedWords, overview);
        Assert.DoesNotContain(WordReport.MovedAwayWords, overview);
        Assert.StartsWith(Example.Value.Sections.Overview.Split('\n')[0], overview);
    }

    [Fact]
    public void Closing_agency_and_date_are_read_and_cut_from_part_six()
    {
        Assert.Equal(Example.Value.PublishedOn, Report.PublishedOn);
        Assert.DoesNotContain(Example.Value.Agency.Name, Report.Sections.Other);
    }

    [Fact]
    public void Word_reading_has_no_notes_for_a_complete_template()
    {
        Assert.Empty(ExampleReading.Value.Notes);
    }
}
