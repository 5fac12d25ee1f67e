using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.History;
using Workflow.Functions.Http;
using Workflow.Functions.Submissions;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Support;

/// <summary>The seed as other years' reports of a test agency, and their import through the history route.</summary>
public static class PastReports
{
    /// <summary>The seed read for <paramref name="agency"/>, as its report of <paramref name="year"/> (title included).</summary>
    public static AnnualReport SeedAs(ReviewTestHost host, TestAgency agency, int year)
    {
        var report = host.Services.GetRequiredService<ReportIntake>()
            .Read(Encoding.UTF8.GetBytes(Seed.Text), "text/plain", new ReadOptions(agency.Id, agency.Profile.Name, agency.Profile.Kind, year)).Report;
        return report with { Title = report.Title.Replace("2023", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) };
    }

    /// <summary>The report with one cell of table 三 changed.</summary>
    public static AnnualReport WithRequestCell(AnnualReport report, string row, string column, long value)
    {
        var index = ReportTemplate.RequestColumns.ToList().IndexOf(column);
        var rows = report.Sections.Requests.Rows.ToDictionary(r => r.Key, r => r.Value);
        rows[row] = [.. rows[row].Select((v, i) => i == index ? value : v)];
        return report with { Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = rows } } };
    }

    /// <summary>POST /api/admin/agencies/{id}/history with the admin key.</summary>
    public static async Task<ApiResponse> ImportAsync(ReviewTestHost host, string agencyId, byte[] body, string contentType, string query = "", string? adminKey = TestSettings.AdminKey)
    {
        var headers = adminKey is null ? null : new Dictionary<string, string> { ["X-Admin-Key"] = adminKey };
        var request = TestRequests.Create("POST", body, contentType, headers, query);
        return (ApiResponse)await ActivatorUtilities.CreateInstance<ImportHistory>(host.Services).Run(request, agencyId, CancellationToken.None);
    }

    /// <summary>Imports <paramref name="report"/> as the web page the domain renderer makes of it.</summary>
    public static Task<ApiResponse> ImportAsHtmlAsync(ReviewTestHost host, AnnualReport report, string query = "") =>
        ImportAsync(host, report.Agency.Id, Encoding.UTF8.GetBytes(new HtmlReportRenderer().Render(report)), "text/html; charset=utf-8", query);
}
