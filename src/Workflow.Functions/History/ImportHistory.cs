using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.History;

/// <summary>
/// POST /api/admin/agencies/{agencyId}/history (X-Admin-Key): imports a report the agency published before it
/// used this system (text, HTML, Word, PDF or JSON, as for submissions), so that next year's submission is checked
/// against it. The year is read from the report unless ?year= or X-Report-Year gives it. Stored as
/// history/{year}/{agencyId}.json (replacing an earlier import); answers the reading and its findings.
/// Findings do not block an import: the report was published as it is.
/// </summary>
public sealed class ImportHistory(AgencyAuthenticator authenticator, AgencyStore agencies, ReportIntake intake, PreviousReports previousReports, TimeProvider clock)
{
    public const string YearHeader = "X-Report-Year";

    [Function(nameof(ImportHistory))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/agencies/{agencyId}/history")] HttpRequest request,
        string agencyId,
        CancellationToken cancellationToken)
    {
        if (!authenticator.IsAdmin(request))
        {
            return AgencyAuthenticator.AdminRefusal();
        }

        if (!Agency.IsValidId(agencyId))
        {
            return ApiResults.Problem(400, "机关标识无效", "机关标识须为 2 至 64 个小写字母、数字或连字符。");
        }

        var agency = await agencies.GetAsync(agencyId, cancellationToken);
        if (agency is null)
        {
            return ApiResults.Problem(404, "机关尚未登记", "请先登记该机关（PUT /api/admin/agencies/{agencyId}），再导入其往年报告。");
        }

        var now = clock.GetUtcNow();
        var given = request.Query["year"].ToString() is { Length: > 0 } inQuery ? inQuery : request.Headers[YearHeader].ToString();
        int? year = null;
        if (given.Length > 0)
        {
            year = SubmissionRules.ParseYear(given, now);
            if (year is null)
            {
                return ApiResults.Problem(400, "年度无效", $"年度须为 {ReportYears.First} 年至今年之间的四位数字。");
            }
        }

        var (refusal, upload) = await intake.ReceiveAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        ReportReading reading;
        try
        {
            reading = intake.Read(upload!.Content, upload.Format, new ReadOptions(agency.Id, agency.Name, agency.Kind, year));
        }
        catch (UnreadableReportException e)
        {
            return ReportIntake.Refusal(e);
        }

        if (!ReportYears.IsValid(reading.Report.Year, ChinaTime.ToChina(now).Year))
        {
            return ApiResults.Problem(400, "年度无效",
                $"报告中读出的年度 {reading.Report.Year} 不在 {ReportYears.First} 年至今年之间；请用 ?year= 或请求头 {YearHeader} 指定年度。");
        }

        var before = await previousReports.FindAsync(agency.Id, reading.Report.Year, cancellationToken);
        var findings = intake.Check(reading, before?.Report, agency.Name);
        var source = await previousReports.SaveHistoryAsync(reading.Report, upload, cancellationToken);
        var json = JsonSerializer.Serialize(
            new { agencyId = agency.Id, year = reading.Report.Year, source, format = upload.Format.Extension, report = reading.Report, findings },
            ReportJson.Options);
        return new ApiResponse(201, "application/json; charset=utf-8", json);
    }
}
