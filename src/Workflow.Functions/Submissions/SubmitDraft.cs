using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Workflow.Functions.Agencies;

namespace Workflow.Functions.Submissions;

/// <summary>
/// POST /api/agencies/{agencyId}/reports/{year}/drafts (X-Agency-Key): submits a draft as text, HTML, Word
/// (.docx), PDF, application/json or application/octet-stream (identified by its bytes), within the limits of
/// <see cref="ReportIntake"/>. A draft with error findings is refused (422) unless their rule IDs are acknowledged
/// with ?acknowledge=T3-BAL,T4-REV or X-Acknowledge: T3-BAL,T4-REV (see <see cref="Acknowledgement"/>).
/// </summary>
public sealed class SubmitDraft(AgencyAuthenticator authenticator, ReportIntake intake, SubmissionDesk desk, TimeProvider clock)
{
    [Function(nameof(SubmitDraft))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agencies/{agencyId}/reports/{year}/drafts")] HttpRequest request,
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

        var (unaccepted, upload) = await intake.ReceiveAsync(request, cancellationToken);
        if (unaccepted is not null)
        {
            return unaccepted;
        }

        var terms = new SubmissionTerms(SubmissionRules.IsCorrection(request), Acknowledgement.Given(request));
        return await desk.SubmitAsync(agency!, reportYear, upload!, terms, client, cancellationToken);
    }
}
