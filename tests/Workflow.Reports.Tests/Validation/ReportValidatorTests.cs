using Workflow.Reports.Reading;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class ReportValidatorTests
{
    private static readonly Model.AnnualReport Report = ConsistentReports.Example();

    [Fact]
    public void Reader_notes_are_merged_with_rule_findings()
    {
        var note = new Finding("F-HDR", Severity.Warning, "表头不完整：“本年新”应为“本年新制作数量”。", "二/一/表头");

        var findings = new ReportValidator().Validate(new ReportReading(Report.WithOther("无。"), [note]));

        Assert.Contains(note, findings);
        Assert.Contains(findings, f => f.RuleId == "X-FEE6");
    }

    [Fact]
    public void Same_rule_and_location_keeps_the_most_severe()
    {
        var note = new Finding("T3-INT", Severity.Error, "表三“（一）予以公开”行“总计”列无法读成数字。", "三/G1/总计");

        var findings = new ReportValidator().Validate(new ReportReading(Report.WithCell("G1", 6, null), [note]));

        Assert.Equal(note, Assert.Single(findings, f => f.Location == "三/G1/总计"));
    }

    [Fact]
    public void Findings_are_ordered_errors_then_warnings_then_info_then_by_place_in_the_report()
    {
        var notes = new[]
        {
            new Finding("Q-NOTE", Severity.Info, "备注", "一"),
            new Finding("F-HDR", Severity.Warning, "表头", "四"),
        };
        var report = (Report with { PublishedOn = new DateOnly(2024, 2, 2) }).WithCell("R4", 6, Report.Cell("R4", 6) + 1).WithOther("无。");

        var findings = new ReportValidator().Validate(new ReportReading(report, notes));

        Assert.Equal(
            [
                ("T3-BAL", "三/R4/总计"), ("T3-ROW", "三/R4/总计"),
                ("D-DEPT", "发布日期"), ("X-APPS", "三/R4/总计"), ("F-HDR", "四"), ("F-S6", "六"), ("T3-FEE", "六"), ("X-FEE6", "六"),
                ("Q-NOTE", "一"),
            ],
            findings.Select(f => (f.RuleId, f.Location)));
    }

    [Fact]
    public void Rows_are_ordered_as_the_template_prints_them()
    {
        var report = Report.WithCell("R4", 0, null).WithCell("G1", 0, null).WithCell("R1", 0, null);

        Assert.Equal(["三/R1/自然人", "三/G1/自然人", "三/R4/自然人"], report.Validate().Select(f => f.Location));
    }
}
