using Workflow.Functions.Publishing;
using Workflow.Functions.Season;
using Workflow.Reports.Model;
using Workflow.Reports.Statistics;

namespace Workflow.Functions.Tests.Publishing;

public sealed class StatisticsDocumentTests
{
    private static readonly DateTimeOffset Approved = new(2024, 1, 20, 2, 0, 0, TimeSpan.Zero);

    private static ReportStatistics Figures(long received, long disclosed) =>
        new(received, 0, disclosed, 0, 0, received - disclosed, 0, 0, received, 0, 2, 1, 2, 0, 0);

    private static PublicationEntry Entry(string id, string name, int year, ReportStatistics? statistics) =>
        new(id, name, AgencyKind.Department, year, $"{name}{year}年政府信息公开工作年度报告", 1, Approved.AddYears(year - 2023), Approved.AddYears(year - 2023), [],
            new string('a', 64), statistics);

    [Fact]
    public void Csv_names_with_commas_quotes_or_a_leading_formula_sign_stay_one_field_and_inert()
    {
        var csv = StatisticsCsv.Render(2023, [Entry("a-1", "某局,\"办公室\"", 2023, Figures(10, 8)), Entry("a-2", "=HYPERLINK(1)", 2023, Figures(4, 4))], "https://x.test/reports");

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("a-1,\"某局,\"\"办公室\"\"\",部门,10,0,8,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("a-2,'=HYPERLINK(1),", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",0.8000,0.2000,0.5000,0.0000,https://x.test/reports/2023/a-1/index.html", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Page_compares_with_last_year_and_lists_registered_agencies_not_published_with_days_late()
    {
        var entries = new[] { Entry("a-1", "甲局", 2023, Figures(10, 8)), Entry("a-1", "甲局", 2022, Figures(5, 5)) };
        var registered = new[] { new SeasonAgency("a-1", "甲局", AgencyKind.Department, []), new SeasonAgency("b-2", "乙局", AgencyKind.Department, []) };

        var html = StatisticsPage.Render(2023, entries, registered, new DateOnly(2024, 2, 10));

        Assert.Contains("<tr><th scope=\"row\">本年新收申请</th><td class=\"n\">10</td><td class=\"n\">5</td><td class=\"n\"><span class=\"up\">+5</span>（+100.0%）</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"u-b-2\"><td>乙局</td><td>部门</td><td>2024年1月31日</td><td class=\"n late\">10 天</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr id=\"u-a-1\"", html, StringComparison.Ordinal);
        Assert.Equal(5, html.Split("<svg ").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }
}
