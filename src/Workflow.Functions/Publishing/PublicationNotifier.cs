using Microsoft.Extensions.Options;
using Workflow.Functions.Notifications;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Publishing;

/// <summary>
/// "已发布" to the bureau's submitters and the agency's (and all-agency) subscribers, and a confirmation to
/// the reviewers who approved. A publication is identified by the report's content hash, so a re-run sends
/// nothing and a correction is a new publication. One recipient failing does not hold back the others; the
/// failures are thrown at the end so the trigger retries just those. A mail the service refuses for good is
/// not retried: <see cref="ReviewMailDelivery"/> records it in the audit table (the status lists it) and alerts.
/// </summary>
public sealed class PublicationNotifier(
    AgencyStore agencies,
    SubscriptionStore subscriptions,
    ReviewMailDelivery delivery,
    IOptions<WorkflowOptions> options) : IPublicationNotifier
{
    public async Task NotifyAsync(ApprovedReport approved, PublicationEntry entry, string pageUrl, CancellationToken cancellationToken = default)
    {
        var partition = new ReportKey(entry.AgencyId, entry.Year).PartitionKey;
        var publication = entry.ReportSha256[..16];
        var reportUrl = PublicSitePaths.Url(options.Value.PublicReportsBaseUrl, PublicSitePaths.ReportJson(entry.Year, entry.AgencyId));
        var approvers = Normalise(approved.Approvers);
        var agency = await agencies.GetAsync(entry.AgencyId, cancellationToken);
        var submitters = agency?.Submitters ?? [];
        var escalation = agency?.Escalation ?? [];
        var key = new ReportKey(entry.AgencyId, entry.Year);
        var audience = Normalise([.. submitters, .. await subscriptions.SubscribersOfAsync(entry.AgencyId, cancellationToken)])
            .Except(approvers, StringComparer.OrdinalIgnoreCase);

        var failures = new List<Exception>();
        foreach (var to in audience)
        {
            await SendAsync(key, $"{publication}-published", entry.Revision, escalation, PublicationEmails.Published(to, entry, pageUrl, reportUrl), failures, cancellationToken);
        }
        foreach (var to in approvers)
        {
            await SendAsync(key, $"{publication}-confirmed", entry.Revision, escalation, PublicationEmails.ApprovalConfirmed(to, entry, pageUrl, reportUrl), failures, cancellationToken);
        }
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} publication mails of {partition} failed; the retry sends only those.", failures);
        }
    }

    /// <summary>A refusal is recorded and alerted by the delivery (and not retried); other failures are collected.</summary>
    private async Task SendAsync(ReportKey key, string messageKey, int revision, IReadOnlyList<string> escalation, EmailMessage message, List<Exception> failures, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.DeliverAsync(key, messageKey, revision, 0, message, escalation, retryUnfinishedClaim: false, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(e);
        }
    }

    private static List<string> Normalise(IEnumerable<string> addresses) =>
        [.. addresses.Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0).Distinct().Order(StringComparer.Ordinal)];
}
