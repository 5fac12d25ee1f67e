using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Rendering;
using Workflow.Reports.Tests.Reading.Docx;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>Crashes the fuzz properties found, each pinned by the smallest input that showed it.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly ReportValidator Validator = new();

    private static AnnualReport WithOverview(string overview)
    {
        var report = ConsistentReports.Example();
        return report with { Sections = report.Sections with { Overview = overview } };
    }

    [Fact]
    public void Year_9999_has_no_deadline_to_check()
    {
        var report = ConsistentReports.Example() with { Year = 9999 };

        var findings = Validator.Validate(report);

        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("D-", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_count_of_twenty_nines_in_the_text_does_not_match_the_table()
    {
        var findings = Validator.Validate(WithOverview($"全年发生政府信息公开行政复议{ByteMutation.HugeNumberText}件。"));

        Assert.Contains(findings, f => f.RuleId == "X-REVLIT" && f.Location == "四/行政复议/总计");
    }

    [Fact]
    public void Application_count_of_twenty_nines_in_the_text_does_not_match_the_table()
    {
        var findings = Validator.Validate(WithOverview($"全年共受理政府信息公开申请{ByteMutation.HugeNumberText}件。"));

        Assert.Contains(findings, f => f.RuleId == "X-APPS");
    }

    [Theory]
    [InlineData("其中予以公开१२件，占१२.५%。")]
    [InlineData("其中予以公开۹件，占۹۹%。")]
    [InlineData("统计期限为٢٠٢٣年1月1日至2023年12月31日。")]
    public void Digits_of_other_scripts_in_the_text_are_not_figures(string sentence)
    {
        var report = WithOverview(sentence);
        report = report with { Sections = report.Sections with { Preamble = sentence } };

        var findings = Validator.Validate(report);

        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Figure_of_forty_digits_in_the_text_is_left_out()
    {
        var figures = TextFigures.Extract(new string('9', 40) + "件，另有3件");

        Assert.Equal([3m], figures.Select(f => f.Value));
    }

    [Theory]
    [InlineData("\"raw\": \"", "raw")]
    [InlineData("\"title\": \"", "title")]
    public void Report_json_missing_a_property_is_refused(string property, string name)
    {
        var json = ReportJson.Serialize(ConsistentReports.Example());
        var start = json.IndexOf(property, StringComparison.Ordinal);
        var end = json.IndexOf('\n', start);
        var damaged = json[..start] + json[(end + 1)..];

        var refusal = Assert.Throws<JsonException>(() => ReportJson.Deserialize(damaged));

        Assert.Contains(name, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_json_with_a_null_cell_of_table_two_is_refused()
    {
        var json = Regex.Replace(ReportJson.Serialize(ConsistentReports.Example()), "\"cells\": \\[", "\"cells\": [ null,");

        Assert.Throws<JsonException>(() => ReportJson.Deserialize(json));
    }

    [Fact]
    public void Report_json_with_a_null_row_of_table_three_is_refused()
    {
        var json = Regex.Replace(ReportJson.Serialize(ConsistentReports.Example()), "\"R1\": \\[[^\\]]*\\]", "\"R1\": null");

        Assert.Throws<JsonException>(() => ReportJson.Deserialize(json));
    }

    [Theory]
    [InlineData("３")]
    [InlineData("99999999999")]
    public void Word_cell_spanning_a_number_word_cannot_hold_is_read_as_one_column(string span)
    {
        var word = WordPackageParts.Rewrite(WordReport.Build(ConsistentReports.Example()), FuzzInputs.WordDocumentPart, xml =>
            Encoding.UTF8.GetBytes(Regex.Replace(Encoding.UTF8.GetString(xml), "(<w:gridSpan w:val=\")[0-9]+", "${1}" + span)));

        var reading = new DocxReportReader().Read(word, ReadOptions.None);

        Assert.Equal(ConsistentReports.Example().Title, reading.Report.Title);
    }

    [Theory]
    [InlineData("seed.docx", 0.96332, 591698719)]
    [InlineData("consistent.docx", 0.80108, 677273080)]
    public void Word_package_whose_relationship_names_a_missing_part_is_refused_as_corrupt(string source, double at, int pick)
    {
        var damaged = new MutatedInput(source, null, [new ByteMutation(MutationKind.FlipBit, at, 0, pick)]).Bytes();

        var refusal = Assert.Throws<UnreadableReportException>(() => new DocxReportReader().Read(damaged, ReadOptions.None));

        Assert.Equal("corrupt", refusal.Code);
    }

    [Fact]
    public void Table_three_of_eighteen_digit_figures_is_reported_not_overflowed()
    {
        var report = ConsistentReports.Example();
        var huge = report.Sections.Requests.Rows.ToDictionary(r => r.Key, r => (IReadOnlyList<long?>)[.. r.Value.Select(_ => (long?)999_999_999_999_999_999)]);
        report = report with { Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = huge } } };

        var findings = Validator.Validate(report);

        Assert.Contains(findings, f => f.RuleId == "T3-ROW" && f.Severity == Severity.Error);
    }
}
