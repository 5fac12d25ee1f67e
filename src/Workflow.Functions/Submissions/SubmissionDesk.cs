using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Functions.Agencies;
using Workflow.Functions.Faults;
using Workflow.Functions.History;
using Workflow.Functions.Http;
using Workflow.Functions.Lifecycle;
using Workflow.Functions.Notifications;
using Workflow.Functions.Regions;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// Submission, status and withdrawal of a report. A draft with error findings is refused unless the bureau
/// acknowledges their rule IDs (<see cref="Acknowledgement"/>). A submission is stored (upload, canonical JSON,
/// findings, inferred cells, acknowledged rule IDs) before the review orchestration is started or told about it. If the host dies in between, the bureau's
/// retry of the same report (no 202 came back) finds the stored revision and gets its review going: repeating a
/// request is how a submission is completed, and it never creates a second revision. A revision's identity is its canonical report JSON, not the
/// uploaded bytes: the same report in GB18030, UTF-8 or UTF-16 is one revision.
/// </summary>
public sealed class SubmissionDesk(
    ReportIntake intake,
    PreviousReports previousReports,
    SubmissionStore submissions,
    DecisionStore decisions,
    DraftStore drafts,
    AuditLog audit,
    ReviewEmails links,
    IOptions<WorkflowOptions> options,
    ReviewStart reviewStart,
    IFaultPoint faults,
    TimeProvider clock,
    ILogger<SubmissionDesk> logger,
    RegionCheck regionCheck)
{
    /// <summary>The audit step of a submission over acknowledged errors.</summary>
    public const string AcknowledgedStep = "errors-acknowledged";

    private static readonly TimeSpan WithdrawalSettleTime = TimeSpan.FromSeconds(15);

    /// <summary>A claimed revision number whose files were never published after this long was left by a host that died.</summary>
    private static readonly TimeSpan AbandonedClaimAge = TimeSpan.FromMinutes(2);

    /// <summary>A body whose media type is declared (identified by its bytes first, see <see cref="ReportIntake.Identify"/>).</summary>
    public Task<ApiResponse> SubmitAsync(AgencyProfile agency, int year, byte[] body, string mediaType, bool correction, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ReportFormat format;
        try
        {
            format = ReportIntake.Identify(body, mediaType);
        }
        catch (UnreadableReportException e)
        {
            return Task.FromResult(ReportIntake.Refusal(e));
        }

        return SubmitAsync(agency, year, new ReportUpload(body, format), correction, client, cancellationToken);
    }

    public Task<ApiResponse> SubmitAsync(AgencyProfile agency, int year, ReportUpload upload, bool correction, DurableTaskClient client, CancellationToken cancellationToken) =>
        SubmitAsync(agency, year, upload, new SubmissionTerms(correction), client, cancellationToken);

    public async Task<ApiResponse> SubmitAsync(AgencyProfile agency, int year, ReportUpload upload, SubmissionTerms terms, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ReportReading reading;
        try
        {
            reading = intake.Read(upload.Content, upload.Format, new ReadOptions(agency.Id, agency.Name, agency.Kind, year));
        }
        catch (UnreadableReportException e)
        {
            return ReportIntake.Refusal(e);
        }

        return await SubmitReadingAsync(agency, year, upload, reading, terms, client, cancellationToken);
    }

    /// <summary>
    /// Checks and stores a draft already read. A draft with an error finding whose rule ID the bureau did not
    /// acknowledge is refused (422) with the findings and how to acknowledge them.
    /// </summary>
    public async Task<ApiResponse> SubmitReadingAsync(
        AgencyProfile agency, int year, ReportUpload upload, ReportReading reading, SubmissionTerms terms, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var key = new ReportKey(agency.Id, year);
        var body = upload.Content;
        var format = upload.Format;
        var correction = terms.Correction;
        var previous = await previousReports.FindAsync(agency.Id, year, cancellationToken);
        var findings = ReportValidator.Arrange([
            .. intake.Check(reading, previous?.Report, agency.Name),
            .. await regionCheck.CheckAsync(agency, reading.Report, cancellationToken)]);
        var acknowledgement = Acknowledgement.Of(findings, terms.AcknowledgedRules);
        if (!acknowledgement.Complete)
        {
            var compared = previous is null ? "" : $"已与{previous.Origin}的{year - 1}年度报告比对（{previous.Source}）。";
            var hint = acknowledgement.Hint();
            return ApiResults.Problem(422, "报告存在错误，未予提交", $"请按检查发现修改后重新提交。{compared}{hint}", findings,
                new Dictionary<string, object?>
                {
                    ["acknowledge"] = acknowledgement.Required,
                    ["unacknowledged"] = acknowledgement.Missing,
                    ["acknowledged"] = acknowledgement.Acknowledged.Count > 0 ? acknowledgement.Acknowledged : null,
                    ["acknowledgeHint"] = hint,
                    ["acknowledgeUrl"] = links.AcknowledgeLink(agency.Id, year, acknowledgement.Required, correction),
                    ["inferred"] = InferredCellView.Of(reading.Inferred),
                });
        }

        var hash = Convert.ToHexString(SHA256.HashData(body));
        var canonical = ReportJson.Serialize(reading.Report);
        var identity = new RevisionEntity { ContentSha256 = hash, ReportSha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))) };
        var head = await submissions.GetReportAsync(key, cancellationToken);
        if (head is not null && head.ReportState != ReportState.Withdrawn
            && await submissions.GetRevisionAsync(key, head.LatestRevision, cancellationToken) is { } latest
            && latest.IsSameReportAs(identity))
        {
            // The same report again (a retried request, or the same text in another encoding): no new revision.
            // The first try may have died before the review heard of it.
            if (head.ReportState == ReportState.Reviewing)
            {
                await EnsureReviewAsync(client, key, agency, head.LatestRevision, cancellationToken);
            }

            return Accepted(key, head.LatestRevision, await drafts.ReadFindingsAsync(key, head.LatestRevision, cancellationToken), latest.AcknowledgedRules(),
                await drafts.ReadInferredAsync(key, head.LatestRevision, cancellationToken), latest.PreviousReport, repeated: true);
        }

        var standing = ReportEntity.StandingOf(head, await drafts.IsPublishedAsync(key, cancellationToken));
        var finished = standing.State == ReportState.Approved || standing.Published;
        var revision = (head?.LatestRevision ?? 0) + 1;
        // Judged now, before anything is stored, and again when the revision becomes the latest.
        if (ReportLifecycle.Apply(standing, LifecycleEvent.Submit(revision, correction)) is { Kind: TransitionKind.Refused } refused)
        {
            return ApiResults.Problem(refused.Status, refused.Title, refused.Detail);
        }

        if (head?.ReportState == ReportState.Withdrawn && !await WaitUntilStoppedAsync(client, key, cancellationToken))
        {
            return ApiResults.Problem(409, "撤回正在处理中", "请稍后重新提交。");
        }

        var entity = new RevisionEntity
        {
            Revision = revision,
            ContentSha256 = hash,
            ReportSha256 = identity.ReportSha256,
            MediaType = format.MediaType,
            OriginalBlob = key.OriginalBlob(revision, format.Extension),
            SubmittedAt = clock.GetUtcNow(),
            Correction = correction && finished,
            PreviousReport = previous?.Source,
            Acknowledged = acknowledgement.Acknowledged.Count > 0 ? Acknowledgement.Value(acknowledgement.Acknowledged) : null,
        };
        if (!await submissions.TryClaimRevisionAsync(key, entity, cancellationToken))
        {
            if (await TakeOverClaimAsync(key, entity, cancellationToken) is not { } claimed)
            {
                return ApiResults.Problem(409, "同时有另一份提交", "请稍后查看状态后再提交。");
            }

            entity = claimed;
        }

        try
        {
            await drafts.SaveRevisionAsync(key, revision, new RevisionFiles(
                body,
                format.Extension,
                format.MediaType,
                canonical,
                JsonSerializer.Serialize(findings, ReportJson.Options),
                JsonSerializer.Serialize(reading.Inferred, ReportJson.Options)), cancellationToken);
            if (!(await submissions.ApplyAsync(key, LifecycleEvent.Submit(revision, entity.Correction), standing.Published, cancellationToken)).Changes)
            {
                var now = await submissions.GetReportAsync(key, cancellationToken);
                if (now?.LatestRevision == revision)
                {
                    // The same report, sent twice at once, took over the same claim and published it first.
                    return Accepted(key, revision, findings, entity.AcknowledgedRules(), reading.Inferred, previous?.Source, repeated: true);
                }

                await submissions.ReleaseRevisionAsync(key, revision, CancellationToken.None);
                return now?.ReportState == ReportState.Approved
                    ? ApiResults.Problem(409, "该年度报告刚刚已批准",
                        "审核人在您提交时批准了上一稿。如需更正，请在地址后加 ?correction=true（或请求头 X-Correction: true）重新提交，更正稿将重新审核。")
                    : ApiResults.Problem(409, "同时有另一份提交", "请稍后查看状态后再提交。");
            }
        }
        catch
        {
            await submissions.ReleaseRevisionAsync(key, revision, CancellationToken.None);
            throw;
        }

        faults.Reached(FaultPoints.DraftStored);

        await audit.WriteAsync(key, "submitted", revision, 0, agency.Id, $"sha256 {hash}, {format.MediaType}, {body.Length} bytes{(entity.Correction ? ", correction" : "")}{(previous is null ? "" : $", compared with {previous.Source}")}", cancellationToken);
        if (entity.AcknowledgedRules() is { Count: > 0 } acknowledged)
        {
            await audit.WriteAsync(key, AcknowledgedStep, revision, 0, agency.Id, $"提交人确认了以下错误并坚持提交：{Acknowledgement.Listed(acknowledged)}", cancellationToken);
        }

        await StartOrNotifyReviewAsync(client, key, agency, revision, cancellationToken);
        return Accepted(key, revision, findings, entity.AcknowledgedRules(), reading.Inferred, previous?.Source, repeated: false);
    }

    public async Task<ApiResponse> WithdrawAsync(ReportKey key, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var head = await submissions.GetReportAsync(key, cancellationToken);
        var transition = await submissions.ApplyAsync(key, LifecycleEvent.Withdraw(head?.LatestRevision ?? 0), await drafts.IsPublishedAsync(key, cancellationToken), cancellationToken);
        if (transition.Kind == TransitionKind.Refused)
        {
            return ApiResults.Problem(transition.Status, transition.Title, transition.Detail.Length > 0 ? transition.Detail : null);
        }

        var revision = transition.Next.Revision;
        if (transition.Changes)
        {
            await audit.WriteAsync(key, "withdrawn", revision, transition.Next.Stage, key.AgencyId, "", cancellationToken);
        }

        // Told again on a repeat: the request that withdrew may have died before the review was told (it ignores a second one).
        if (await IsRunningAsync(client, key, cancellationToken))
        {
            await client.RaiseEventAsync(key.InstanceId, ReviewOrchestration.EventName, ReviewEvent.Withdrawn(revision), cancellationToken);
        }

        return ApiResults.Json(202, new { revision, state = ReportStateNames.Chinese(ReportState.Withdrawn) });
    }

    public async Task<ApiResponse> StatusAsync(AgencyProfile agency, int year, CancellationToken cancellationToken)
    {
        var key = new ReportKey(agency.Id, year);
        var head = await submissions.GetReportAsync(key, cancellationToken);
        if (head is null)
        {
            return ApiResults.Problem(404, "尚未提交该年度报告");
        }

        var published = await drafts.IsPublishedAsync(key, cancellationToken);
        var state = ReportEntity.StandingOf(head, published).Shown;
        var revisions = new List<RevisionStatus>();
        foreach (var revision in await submissions.ListRevisionsAsync(key, cancellationToken))
        {
            if (revision.Revision > head.LatestRevision)
            {
                continue; // claimed by a submission still being stored
            }

            revisions.Add(new RevisionStatus(
                revision.Revision,
                $"{key.PartitionKey}-r{revision.Revision}",
                revision.SubmittedAt,
                revision.ContentSha256.ToLowerInvariant(),
                revision.MediaType,
                revision.Correction,
                await drafts.ReadFindingsAsync(key, revision.Revision, cancellationToken),
                revision.AcknowledgedRules(),
                InferredCellView.Of(await drafts.ReadInferredAsync(key, revision.Revision, cancellationToken)),
                revision.PreviousReport));
        }

        var decided = (await decisions.ListAsync(key, cancellationToken))
            .Select(d => new DecisionStatus(d.Revision, d.Stage + 1, d.Reviewer, d.Decision, d.Comment, d.DecidedAt))
            .ToList();
        var emailFailures = (await audit.ListAsync(key, cancellationToken))
            .Where(a => a.Step == ReviewMailDelivery.FailedStep)
            .OrderBy(a => a.At)
            .Select(a => new EmailFailureStatus(a.Revision, a.Stage + 1, a.Actor, a.Detail, a.At))
            .ToList();
        var deadline = ReportDeadline.Of(agency.Kind, year);
        var overdue = clock.GetUtcNow() >= ReportDeadline.EndUtc(agency.Kind, year) && state is not (ReportState.Approved or ReportState.Published);
        var publicUrl = published ? $"{options.Value.PublicReportsBaseUrl.TrimEnd('/')}/{key.YearText}/{key.AgencyId}/index.html" : null;
        return ApiResults.Json(200, new ReportStatus(
            agency.Id,
            agency.Name,
            year,
            ReportStateNames.Chinese(state),
            state == ReportState.Reviewing ? head.Stage + 1 : null,
            agency.ReviewStages.Count,
            head.LatestRevision,
            revisions,
            decided,
            deadline,
            overdue,
            publicUrl,
            emailFailures));
    }

    /// <summary>
    /// The claim on <paramref name="wanted"/>'s number when this request may finish it: the same body claimed
    /// it before and never published it (a retry of a request that died half-way), or a claim so old that its
    /// request is gone. Null when another submission holds it.
    /// </summary>
    private async Task<RevisionEntity?> TakeOverClaimAsync(ReportKey key, RevisionEntity wanted, CancellationToken cancellationToken)
    {
        var claimed = await submissions.GetRevisionAsync(key, wanted.Revision, cancellationToken);
        if (claimed is not null && string.Equals(claimed.ContentSha256, wanted.ContentSha256, StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("Revision {Revision} of {Report} was claimed by the same body and not finished; finishing it", wanted.Revision, key);
            return claimed;
        }

        if (claimed is null || clock.GetUtcNow() - claimed.SubmittedAt < AbandonedClaimAge)
        {
            return null;
        }

        logger.LogWarning("Revision {Revision} of {Report} was claimed at {At} and never stored; releasing it", wanted.Revision, key, claimed.SubmittedAt);
        await submissions.ReleaseRevisionAsync(key, wanted.Revision, cancellationToken);
        return await submissions.TryClaimRevisionAsync(key, wanted, cancellationToken) ? wanted : null;
    }

    /// <summary>Starts the review of <paramref name="revision"/>, or tells the running one, unless it already knows.</summary>
    private async Task EnsureReviewAsync(DurableTaskClient client, ReportKey key, AgencyProfile agency, int revision, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(key.InstanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
        {
            var known = instance.SerializedCustomStatus is not null
                ? instance.ReadCustomStatusAs<ReviewProgress>()?.Revision
                : instance.ReadInputAs<ReviewInput>()?.Revision;
            if (known >= revision)
            {
                return;
            }
        }

        logger.LogWarning("Revision {Revision} of {Report} was stored but its review not told; doing it now", revision, key);
        await audit.WriteAsync(key, "review-resumed", revision, 0, agency.Id, "the request that stored this revision ended before the review was told", cancellationToken);
        await StartOrNotifyReviewAsync(client, key, agency, revision, cancellationToken);
    }

    private async Task StartOrNotifyReviewAsync(DurableTaskClient client, ReportKey key, AgencyProfile agency, int revision, CancellationToken cancellationToken)
    {
        if (await IsRunningAsync(client, key, cancellationToken))
        {
            await client.RaiseEventAsync(key.InstanceId, ReviewOrchestration.EventName, ReviewEvent.NewRevision(revision), cancellationToken);
            return;
        }

        if (await client.GetInstanceAsync(key.InstanceId, cancellationToken) is not null)
        {
            // A finished review (approved or withdrawn) of the same year: its history is in the audit table.
            await client.PurgeInstanceAsync(key.InstanceId, cancellation: cancellationToken);
        }

        var timing = ReviewTiming.From(options.Value, ReportDeadline.EndUtc(agency.Kind, key.Year));
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                reviewStart.Orchestrator,
                new ReviewInput(key.AgencyId, key.Year, revision, timing),
                new StartOrchestrationOptions(key.InstanceId),
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Another submission started the review a moment ago: tell it about this revision instead.
            logger.LogWarning(e, "Review {Instance} could not be started; raising the revision instead", key.InstanceId);
            await client.RaiseEventAsync(key.InstanceId, ReviewOrchestration.EventName, ReviewEvent.NewRevision(revision), cancellationToken);
        }
    }

    /// <summary>A withdrawal ends the orchestration shortly after; a new submission waits for that.</summary>
    private async Task<bool> WaitUntilStoppedAsync(DurableTaskClient client, ReportKey key, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + WithdrawalSettleTime;
        while (await IsRunningAsync(client, key, cancellationToken))
        {
            if (clock.GetUtcNow() >= until)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        return true;
    }

    private static async Task<bool> IsRunningAsync(DurableTaskClient client, ReportKey key, CancellationToken cancellationToken) =>
        await client.GetInstanceAsync(key.InstanceId, cancellationToken) is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended };

    private ApiResponse Accepted(
        ReportKey key, int revision, IReadOnlyList<Finding> findings, IReadOnlyList<string> acknowledged, IReadOnlyList<InferredCell> inferred, string? comparedWith, bool repeated)
    {
        var statusUrl = links.StatusLink(key.AgencyId, key.Year);
        return ApiResults.Json(
            202,
            new SubmissionReceipt($"{key.PartitionKey}-r{revision}", revision, repeated, findings, acknowledged, InferredCellView.Of(inferred), statusUrl, comparedWith),
            new Dictionary<string, string> { ["Location"] = statusUrl });
    }
}
