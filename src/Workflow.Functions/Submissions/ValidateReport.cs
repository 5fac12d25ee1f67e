using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;
using Workflow.Functions.History;
using Workflow.Functions.Http;
using Workflow.Functions.Notifications;
using Workflow.Functions.Regions;
using Workflow.Functions.Storage;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// POST /api/reports/validate (any agency key, or the admin key): the reading and the findings of a report,
/// nothing stored; same content types and limits as a submission. Optional query: agencyId, year, kind
/// (department | government) override what is read; with an agency key they default to that agency. When the
/// agency is known, its report of the year before (published, approved or imported) feeds the cross-year rules.
/// The answer carries the same acknowledgement hint as a refused draft: <c>acknowledge</c> lists the error rule IDs a
/// submission would have to acknowledge (?acknowledge= here too shows which would still be missing), and
/// <c>inferred</c> the cells the reader did not find written in their place.
/// </summary>
public sealed class ValidateReport(AgencyAuthenticator authenticator, ReportIntake intake, PreviousReports previousReports, ReviewEmails links, RegionCheck regionCheck, AgencyStore agencies)
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

        var (refusal, upload) = await intake.ReceiveAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
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
        var year = ReportYears.Parse(request.Query["year"]);

        ReportReading reading;
        try
        {
            reading = intake.Read(upload!.Content, upload.Format, new ReadOptions(agencyId, agency?.Name, kind, year));
        }
        catch (UnreadableReportException e)
        {
            return ReportIntake.Refusal(e);
        }

        // An agency key compares only with its own past reports: approved and imported ones are not public.
        var comparable = agency is null || agencyId == agency.Id ? agencyId : null;
        var previous = comparable is null ? null : await previousReports.FindAsync(comparable, reading.Report.Year, cancellationToken);
        // H-SUM needs the registration: the agency's own key, or the admin naming a registered agency.
        var findings = ReportValidator.Arrange([
            .. intake.Check(reading, previous?.Report, agency?.Name),
            .. await regionCheck.CheckAsync(comparable is null ? null : agency ?? await agencies.GetAsync(comparable, cancellationToken), reading.Report, cancellationToken)]);
        var acknowledgement = Acknowledgement.Of(findings, Acknowledgement.Given(request));
        var url = agencyId is not null && acknowledgement.Required.Count > 0
            ? links.AcknowledgeLink(agencyId, reading.Report.Year, acknowledgement.Required)
            : null;
        var json = JsonSerializer.Serialize(
            new
            {
                report = reading.Report,
                findings,
                inferred = InferredCellView.Of(reading.Inferred),
                acknowledge = acknowledgement.Required,
                unacknowledged = acknowledgement.Missing,
                acknowledgeHint = acknowledgement.Required.Count > 0 ? acknowledgement.Hint() : null,
                acknowledgeUrl = url,
                comparedWith = previous?.Source,
            },
            ReportJson.Options);
        return new ApiResponse(200, "application/json; charset=utf-8", json);
    }
}
