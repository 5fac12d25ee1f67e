using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Functions.Notifications;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Publishing;

/// <summary>
/// "已发布" to the bureau's submitters and the agency's (and all-agency) subscribers, and a confirmation to
/// the reviewers who approved. A publication is identified by the report's content hash, so a re-run sends
/// nothing and a correction is a new publication. One recipient failing does not hold back the others; the
/// failures are thrown at the end so the trigger retries just those.
/// </summary>
public sealed class PublicationNotifier(
    AgencyStore agencies,
    SubscriptionStore subscriptions,
    SendReceipts receipts,
    IOptions<WorkflowOptions> options,
    ILogger<PublicationNotifier> logger) : IPublicationNotifier
{
    public async Task NotifyAsync(ApprovedReport approved, PublicationEntry entry, string pageUrl, CancellationToken cancellationToken = default)
    {
        var partition = new ReportKey(entry.AgencyId, entry.Year).PartitionKey;
        var publication = entry.ReportSha256[..16];
        var reportUrl = PublicSitePaths.Url(options.Value.PublicReportsBaseUrl, PublicSitePaths.ReportJson(entry.Year, entry.AgencyId));
        var approvers = Normalise(approved.Approvers);
        var submitters = (await agencies.GetAsync(entry.AgencyId, cancellationToken))?.Submitters ?? [];
        var audience = Normalise([.. submitters, .. await subscriptions.SubscribersOfAsync(entry.AgencyId, cancellationToken)])
            .Except(approvers, StringComparer.OrdinalIgnoreCase);

        var failures = new List<Exception>();
        foreach (var to in audience)
        {
            await SendAsync(partition, $"{publication}-published", to, PublicationEmails.Published(to, entry, pageUrl, reportUrl), failures, cancellationToken);
        }
        foreach (var to in approvers)
        {
            await SendAsync(partition, $"{publication}-confirmed", to, PublicationEmails.ApprovalConfirmed(to, entry, pageUrl, reportUrl), failures, cancellationToken);
        }
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} publication mails of {partition} failed; the retry sends only those.", failures);
        }
    }

    private async Task SendAsync(string partition, string messageKey, string to, EmailMessage message, List<Exception> failures, CancellationToken cancellationToken)
    {
        try
        {
            await receipts.SendOnceAsync(partition, messageKey, to, message, cancellationToken);
        }
        catch (PermanentEmailFailureException e)
        {
            logger.LogError(e, "The mail service refused the publication mail of {Report} to {To}; not retried.", partition, to);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(e);
        }
    }

    private static List<string> Normalise(IEnumerable<string> addresses) =>
        [.. addresses.Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0).Distinct().Order(StringComparer.Ordinal)];
}
