using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Submissions;

/// <summary>
/// POST /api/reports/validate (any agency key, or the admin key): the reading and the findings of a report,
/// nothing stored. Optional query: agencyId, year, kind (department | government) override what is read;
/// with an agency key they default to that agency.
/// </summary>
public sealed class ValidateReport(AgencyAuthenticator authenticator, ReportIntake intake, IOptions<WorkflowOptions> options)
{
    [Function(nameof(ValidateReport))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/validate")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        AgencyProfile? agency = null;
        if (!authenticator.IsAdmin(request))
        {
            var access = await authenticator.AuthenticateAsync(request, cancellationToken);
            if (access.Outcome != AccessOutcome.Granted)
            {
                return access.Refusal();
            }

            agency = access.Agency;
        }

        var mediaType = SubmissionRules.MediaType(request);
        if (ReportIntake.ExtensionOf(mediaType) is null)
        {
            return ApiResults.Problem(415, "不支持的内容类型", $"请以 {string.Join(" 或 ", ReportIntake.MediaTypes)} 提交。");
        }

        var limit = options.Value.MaxUploadBytes;
        var body = await RequestBody.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return ApiResults.Problem(413, "报告过大", $"提交的内容不能超过 {limit / 1024 / 1024} MB（{limit} 字节）。");
        }

        var agencyId = request.Query["agencyId"].ToString() is { Length: > 0 } id ? id : agency?.Id;
        if (agencyId is not null && !Agency.IsValidId(agencyId))
        {
            return ApiResults.Problem(400, "机关标识无效");
        }

        AgencyKind? kind = request.Query["kind"].ToString() switch
        {
            "department" => AgencyKind.Department,
            "government" => AgencyKind.Government,
            _ => agency?.Kind,
        };
        int? year = int.TryParse(request.Query["year"], out var y) && y >= SubmissionRules.FirstYear && y <= 2100 ? y : null;

        ReportReading reading;
        try
        {
            reading = intake.Read(body, mediaType!, new ReadOptions(agencyId, agency?.Name, kind, year));
        }
        catch (UnreadableReportException e)
        {
            return ApiResults.Problem(400, "无法读取报告", e.Message);
        }

        var findings = intake.Check(reading, previous: null);
        var json = JsonSerializer.Serialize(new { report = reading.Report, findings }, ReportJson.Options);
        return new ApiResponse(200, "application/json; charset=utf-8", json);
    }
}
