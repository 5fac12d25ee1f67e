using CsCheck;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Reading;

/// <summary>A report written by <see cref="TextReportWriter"/> reads back to the same model.</summary>
public class RoundTripTests
{
    private static readonly TextReportReader Reader = new();
    private static readonly TextReportWriter Writer = new();

    /// <summary>
    /// The JSON of a report with table 三 rows in template order: a dictionary's insertion order carries no
    /// meaning, and the reader always yields template order.
    /// </summary>
    private static string Canonical(AnnualReport report)
    {
        var rows = report.Sections.Requests.Rows;
        var ordered = ReportTemplate.RequestRowsFor(rows).Where(r => rows.ContainsKey(r.Key)).ToDictionary(r => r.Key, r => rows[r.Key]);
        var requests = report.Sections.Requests with { Rows = ordered };
        return ReportJson.Serialize(report with { Sections = report.Sections with { Requests = requests } });
    }

    private static ReportReading ReadBack(AnnualReport report) =>
        Reader.Read(Writer.Write(report), new ReadOptions(AgencyId: report.Agency.Id));

    [Theory]
    [InlineData(RealReports.SeedFile)]
    [InlineData(RealReports.HuaianFile)]
    [InlineData(RealReports.ShanghaiFile)]
    public void Real_report_written_as_text_reads_back_to_the_same_model(string file)
    {
        var original = RealReports.ReadFile(file).Report;

        var again = ReadBack(original).Report;

        Assert.Equal(Canonical(original), Canonical(again));
    }

    [Fact]
    public void Written_text_uses_the_seed_style_of_one_cell_per_line()
    {
        var text = Writer.Write(ConsistentReports.Example());

        Assert.Contains("第二十条第（一）项 |\n信息内容 |\n本年制发件数 |", text, StringComparison.Ordinal);
        Assert.Contains("\n二、主动公开政府信息情况\n", text, StringComparison.Ordinal);
        Assert.EndsWith("怀仁市行政审批服务管理局\n2024年1月15日\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_cells_are_written_empty_and_read_back_as_null()
    {
        var report = ConsistentReports.Example();
        var rows = report.Sections.Requests.Rows.ToDictionary(r => r.Key, r => r.Value);
        rows["G1"] = [1, null, 0, 0, 0, 0, null];
        report = report with { Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = rows } } };

        var again = ReadBack(report).Report;

        Assert.Equal(new long?[] { 1, null, 0, 0, 0, 0, null }, again.Sections.Requests.Rows["G1"]);
    }

    [Fact]
    public void Example_consistent_report_reads_back_equal_and_without_error_notes()
    {
        var report = ConsistentReports.Example();

        var reading = ReadBack(report);

        Assert.Equal(Canonical(report), Canonical(reading.Report));
        Assert.Empty(reading.Notes);
    }

    [Fact]
    public void Generated_consistent_reports_read_back_to_the_same_model_without_notes()
    {
        ConsistentReports.Gen.Sample(report =>
        {
            var reading = ReadBack(report);

            Assert.Equal(Canonical(report), Canonical(reading.Report));
            Assert.DoesNotContain(reading.Notes, n => n.Severity == Severity.Error);
        }, iter: 200);
    }
}
