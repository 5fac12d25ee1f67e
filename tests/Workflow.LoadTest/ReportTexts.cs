using Workflow.Reports.Model;
using Workflow.Reports.Rendering;
using Workflow.Reports.Tests.Support;

namespace Workflow.LoadTest;

/// <summary>
/// A different report per agency, each arithmetically consistent (the validator finds no error), for the
/// seed's agency (怀仁市行政审批服务管理局), written as flattened text like the seed. Deterministic per index.
/// </summary>
public static class ReportTexts
{
    static readonly int OutcomeCount = ReportTemplate.OutcomeRows(ReportTemplate.RequestRows2021).Count();

    public static string For(int index, int year)
    {
        var random = new Random(index);
        int[] Values(int count, int max) => [.. Enumerable.Range(0, count).Select(_ => random.Next(max + 1))];
        var figures = new ConsistentReportFigures(
            Outcomes: Values(OutcomeCount * 6, 30),
            CarriedIn: Values(6, 40),
            CarriedOut: Values(6, 20),
            Appeals: Values(12, 25),
            Proactive: Values(9, 500),
            FeeCents: random.Next(10_000_000),
            Agency: 0,
            Year: year,
            Day: random.Next(1, 32),
            ProcessingFee: random.Next(5001),
            Problems: random.Next(3));
        return new TextReportWriter().Write(ConsistentReports.Build(figures));
    }
}
