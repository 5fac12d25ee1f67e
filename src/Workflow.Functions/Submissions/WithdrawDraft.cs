using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Workflow.Functions.Agencies;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Submissions;

/// <summary>POST /api/agencies/{agencyId}/reports/{year}/withdraw (X-Agency-Key): withdraws the draft under review.</summary>
public sealed class WithdrawDraft(AgencyAuthenticator authenticator, SubmissionDesk desk, TimeProvider clock)
{
    [Function(nameof(WithdrawDraft))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agencies/{agencyId}/reports/{year}/withdraw")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string agencyId,
        string year,
        CancellationToken cancellationToken)
    {
        var (refusal, agency, reportYear) = await ReportAddress.AuthorizeAsync(authenticator, request, agencyId, year, clock.GetUtcNow(), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await desk.WithdrawAsync(new ReportKey(agencyId, reportYear), client, cancellationToken);
    }
}
