using System.Text;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Html;
using Workflow.Reports.Rendering;
using Workflow.Reports.Tests.Support;

namespace Workflow.Reports.Tests.Reading.Html;

/// <summary>A report rendered by the domain renderer and read back by the HTML reader is the same report.</summary>
public sealed class HtmlRoundTripTests
{
    private static AnnualReport RoundTrip(AnnualReport original)
    {
        var page = new HtmlReportRenderer().Render(original);
        var options = new ReadOptions(AgencyId: original.Agency.Id, Kind: original.Agency.Kind);
        return new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page), options).Report;
    }

    public static TheoryData<string> RealReportFiles => new() { RealReports.SeedFile, RealReports.ShanghaiFile, RealReports.HuaianFile };

    [Theory]
    [MemberData(nameof(RealReportFiles))]
    public void Real_report_read_by_the_text_reader_survives_rendering_and_reading_back(string file)
    {
        var original = RealReports.ReadFile(file).Report;

        Assert.Equal(ReportJsonForComparison.Of(original), ReportJsonForComparison.Of(RoundTrip(original)));
    }

    [Fact]
    public void Consistent_example_report_survives_rendering_and_reading_back()
    {
        var original = ConsistentReports.Example();

        Assert.Equal(ReportJsonForComparison.Of(original), ReportJsonForComparison.Of(RoundTrip(original)));
    }

    [Fact]
    public void Rendered_seed_reads_without_cell_or_row_notes()
    {
        var original = RealReports.Seed;
        var page = new HtmlReportRenderer().Render(original.Report);

        var reading = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page), ReadOptions.None);

        Assert.DoesNotContain(reading.Notes, n => n.RuleId is "T3-FULL" or "T3-INT" or "T4-INT");
    }
}
