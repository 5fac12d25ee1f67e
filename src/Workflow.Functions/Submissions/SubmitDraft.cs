using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;

namespace Workflow.Functions.Submissions;

/// <summary>
/// POST /api/agencies/{agencyId}/reports/{year}/drafts (X-Agency-Key): submits a draft as text/plain or
/// application/json, at most Workflow:MaxUploadBytes (4 MB by default).
/// </summary>
public sealed class SubmitDraft(AgencyAuthenticator authenticator, SubmissionDesk desk, IOptions<WorkflowOptions> options, TimeProvider clock)
{
    [Function(nameof(SubmitDraft))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agencies/{agencyId}/reports/{year}/drafts")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
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
        if (access.Outcome != AccessOutcome.Granted)
        {
            return access.Refusal();
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

        return await desk.SubmitAsync(access.Agency!, reportYear, body, mediaType!, SubmissionRules.IsCorrection(request), client, cancellationToken);
    }
}
