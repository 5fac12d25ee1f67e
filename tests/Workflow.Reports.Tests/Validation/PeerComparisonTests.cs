using Workflow.Reports.Model;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class PeerComparisonTests
{
    private static readonly AnnualReport Example = ConsistentReports.Example();

    private static AnnualReport Agency(int number, AnnualReport? report = null) =>
        (report ?? Example) with { Agency = Example.Agency with { Id = $"peer-{number:00}" } };

    private static readonly long Received = Example.Cell("R1", ReportTemplate.TotalColumn);

    /// <summary>Five peers like the example whose 本年新收 totals lie around its own (median: the example's).</summary>
    private static readonly AnnualReport[] Peers =
        [.. new[] { 0.6, 0.8, 1.0, 1.2, 1.4 }.Select((f, i) => Agency(i, Example.WithCell("R1", ReportTemplate.TotalColumn, (long)Math.Round(Received * f))))];

    [Fact]
    public void Received_applications_far_above_the_peers_are_information_with_the_median()
    {
        var report = Example.WithCell("R1", ReportTemplate.TotalColumn, Received * 6);

        var finding = Assert.Single(PeerComparison.Check(report, Peers));

        Assert.Equal(("P-PEER", Severity.Info, "三/R1/总计"), (finding.RuleId, finding.Severity, finding.Location));
        Assert.Contains("远高于", finding.Message);
        Assert.Contains($"中位数 {Received} 件", finding.Message);
        Assert.Contains("5 个政府部门", finding.Message);
    }

    [Fact]
    public void Received_applications_far_below_the_peers_are_information() =>
        Assert.Contains("远低于", Assert.Single(PeerComparison.Check(Example.WithCell("R1", ReportTemplate.TotalColumn, Received / 6), Peers)).Message);

    [Fact]
    public void Figures_like_the_peers_give_nothing() =>
        Assert.Empty(PeerComparison.Check(Agency(9), Peers));

    [Fact]
    public void Disclosure_rate_far_from_the_peers_is_information()
    {
        var handled = Example.Cell("S7", ReportTemplate.TotalColumn);
        var report = Example.WithCell("G1", ReportTemplate.TotalColumn, handled - Example.Cell("G2", ReportTemplate.TotalColumn));

        var finding = Assert.Single(PeerComparison.Check(report, Peers));

        Assert.Equal("三/公开率", finding.Location);
        Assert.Contains("100%", finding.Message);
    }

    [Fact]
    public void Fewer_than_four_peers_are_no_comparison() =>
        Assert.Empty(PeerComparison.Check(Example.WithCell("R1", ReportTemplate.TotalColumn, Received * 6), Peers[..3]));

    [Fact]
    public void Peers_of_another_kind_or_year_and_the_report_itself_are_ignored()
    {
        var report = Example.WithCell("R1", ReportTemplate.TotalColumn, Received * 6);
        AnnualReport[] others =
        [
            .. Peers[..3],
            Peers[3] with { Agency = Peers[3].Agency with { Kind = AgencyKind.Government } },
            Peers[4] with { Year = Example.Year - 1 },
            report,
        ];

        Assert.Empty(PeerComparison.Check(report, others));
    }

    [Fact]
    public void A_whole_region_checked_at_once_gives_each_report_what_checking_it_among_the_others_gives()
    {
        var handled = Example.Cell("S7", ReportTemplate.TotalColumn);
        AnnualReport[] region =
        [
            .. Peers,
            Agency(10, Example.WithCell("R1", ReportTemplate.TotalColumn, Received * 6)),
            Agency(11, Example.WithCell("G1", ReportTemplate.TotalColumn, handled - Example.Cell("G2", ReportTemplate.TotalColumn))),
            Agency(12, Example.WithCell("R1", ReportTemplate.TotalColumn, Received / 6)),
            Agency(13) with { Agency = Example.Agency with { Id = "peer-13", Kind = AgencyKind.Government } },
        ];

        var each = PeerComparison.CheckEach(region);

        Assert.Equal(region.Length, each.Count);
        Assert.Contains(each, findings => findings.Count > 0);
        Assert.All(region.Zip(each), e => Assert.Equal(
            PeerComparison.Check(e.First, region).Select(f => (f.Location, f.Message)),
            e.Second.Select(f => (f.Location, f.Message))));
    }
}
