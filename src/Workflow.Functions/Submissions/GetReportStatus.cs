using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Agencies;

namespace Workflow.Functions.Submissions;

/// <summary>GET /api/agencies/{agencyId}/reports/{year} (X-Agency-Key): state, revisions, findings, decisions, deadline.</summary>
public sealed class GetReportStatus(AgencyAuthenticator authenticator, SubmissionDesk desk, TimeProvider clock)
{
    [Function(nameof(GetReportStatus))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agencies/{agencyId}/reports/{year}")] HttpRequest request,
        string agencyId,
        string year,
        CancellationToken cancellationToken)
    {
        var (refusal, agency, reportYear) = await ReportAddress.AuthorizeAsync(authenticator, request, agencyId, year, clock.GetUtcNow(), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await desk.StatusAsync(agency!, reportYear, cancellationToken);
    }
}
