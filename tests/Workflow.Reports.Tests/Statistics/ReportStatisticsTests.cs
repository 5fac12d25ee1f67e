using Workflow.Reports.Model;
using Workflow.Reports.Statistics;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Tests.Validation;

namespace Workflow.Reports.Tests.Statistics;

public sealed class ReportStatisticsTests
{
    private const int Total = ReportTemplate.TotalColumn;

    [Fact]
    public void Counts_come_from_the_total_column_of_table_three_and_the_totals_of_table_four()
    {
        CsCheck.Check.Sample(ConsistentReports.Gen, report =>
        {
            var rows = report.Sections.Requests.Rows;
            var appeals = report.Sections.Appeals.Values;
            var s = ReportStatistics.Of(report);

            Assert.Equal(rows["R1"][Total], s.Received);
            Assert.Equal(rows["G1"][Total], s.Disclosed);
            Assert.Equal(rows.Where(r => r.Key.StartsWith('D')).Sum(r => r.Value[Total]), s.Withheld);
            Assert.Equal(rows["U1"][Total] + rows["U2"][Total] + rows["U3"][Total], s.Unavailable);
            Assert.Equal(rows["O1"][Total] + rows["O2"][Total] + rows["O3"][Total], s.OtherHandling);
            Assert.Equal(rows["R4"][Total], s.CarriedForward);
            Assert.Equal(appeals[4], s.Reconsiderations);
            Assert.Equal(appeals[0] + appeals[1] + appeals[2], s.ReconsiderationsDecided);
            Assert.Equal(appeals[9] + appeals[14], s.Lawsuits);
            Assert.Equal(appeals[6] + appeals[11], s.LawsuitsCorrected);
        }, iter: 200);
    }

    [Fact]
    public void Ratios_divide_by_the_completed_and_decided_cases_and_are_undefined_without_any()
    {
        var report = ConsistentReports.Example();
        var s = ReportStatistics.Of(report);
        var rows = report.Sections.Requests.Rows;

        Assert.Equal(Math.Round((decimal)(rows["G1"][Total]! + rows["G2"][Total]!) / rows["S7"][Total]!.Value, 4), s.DisclosureRate);
        Assert.Equal(Math.Round((decimal)rows["R4"][Total]! / (rows["R1"][Total]! + rows["R2"][Total]!).Value, 4), s.CarryForwardRate);
        Assert.Null(ReportStatistics.Of(report.WithAppeals(new long?[15])).CorrectionRate);
        Assert.Null(ReportStatistics.Of(report.WithAppeals([.. Enumerable.Repeat<long?>(0, 15)])).CorrectionRate);
    }

    [Fact]
    public void The_sum_of_reports_adds_each_figure_and_recomputes_the_ratios_from_the_sums()
    {
        var a = ReportStatistics.Of(ConsistentReports.Example());
        var b = ReportStatistics.Of(ConsistentReports.Example().WithCell("G1", Total, 0));

        var sum = ReportStatistics.Sum([a, b]);

        Assert.Equal(a.Received + b.Received, sum.Received);
        Assert.Equal(Math.Round((decimal)(a.Disclosed + b.Disclosed + a.PartlyDisclosed + b.PartlyDisclosed)!.Value / (a.Completed + b.Completed)!.Value, 4), sum.DisclosureRate);
    }
}
