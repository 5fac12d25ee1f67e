using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Reports.Tests.Reading;

/// <summary>
/// report.json of a report with the rows of table 三 in template order: the rows object is keyed, so two
/// readings that differ only in the order rows were added are the same report.
/// </summary>
internal static class ReportJsonForComparison
{
    public static string Of(AnnualReport report)
    {
        var order = ReportTemplate.RequestRows2021.Select(r => r.Key).Concat(["O"]).ToList();
        var rows = report.Sections.Requests.Rows
            .OrderBy(r => order.IndexOf(r.Key) is var i and >= 0 ? i : int.MaxValue)
            .ToDictionary(r => r.Key, r => r.Value);
        return ReportJson.Serialize(report with
        {
            Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = rows } },
        });
    }
}
