using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Faults;
using Workflow.Functions.Storage;
using Workflow.Functions.Telemetry;
using Workflow.Reports.Model;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Publishes each approved report (blob trigger on approved/{year}/{agencyId}.json; Event Grid source, which
/// Flex Consumption requires). The trigger is at-least-once, so the publisher is idempotent; a failure is
/// counted and rethrown so the host retries and finally moves the blob to the poison queue.
/// </summary>
public sealed class PublishApprovedReport(IReportPublisher publisher, PublicationFailures failures, DraftStore drafts, IFaultPoint faults, ILogger<PublishApprovedReport> logger)
{
    public const string Name = nameof(PublishApprovedReport);

    [Function(Name)]
    public async Task Run(
        [BlobTrigger("approved/{year}/{agencyId}.json", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] string content,
        string year,
        string agencyId,
        CancellationToken cancellationToken)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var reportYear) || !Agency.IsValidId(agencyId))
        {
            // Only the review (its desk or its approval activity) writes this container, with validated names; anything else is not ours.
            logger.LogWarning("Ignored approved/{Year}/{AgencyId}.json: not a report name.", year, agencyId);
            return;
        }

        faults.Reached(FaultPoints.ApprovedBeforePublish);
        var traceParent = await drafts.ReadApprovalTraceAsync(new ReportKey(agencyId, reportYear), cancellationToken);
        using var span = ApprovalTrace.StartPublication(traceParent, reportYear, agencyId);
        try
        {
            await publisher.PublishAsync(reportYear, agencyId, content, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            var attempts = await failures.RecordAsync(reportYear, agencyId, content, e, cancellationToken);
            logger.LogError(e, "Publishing approved/{Year}/{AgencyId}.json failed (try {Attempts}).", year, agencyId, attempts);
            throw;
        }
    }
}
