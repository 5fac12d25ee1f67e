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
        var (refusal, reportYear) = ReportAddress.Check(agencyId, year, clock.GetUtcNow());
        if (refusal is not null)
        {
            return refusal;
        }

        var access = await authenticator.AuthorizeAsync(request, agencyId, cancellationToken);
        return access.Outcome != AccessOutcome.Granted
            ? access.Refusal()
            : await desk.StatusAsync(access.Agency!, reportYear, cancellationToken);
    }
}
