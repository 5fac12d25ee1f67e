using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Functions.Publishing;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Notifications;

/// <summary>
/// Sends the workflow's mails (review and publication) once per logical mail and recipient list, across activity retries and
/// host crashes (a receipt in <see cref="SendReceipts"/>: claimed before sending, marked sent after). A mail
/// the service refuses for good (a 4xx other than 429) does not fail the review: it is written to the audit
/// table as <see cref="FailedStep"/> (the status API lists it) and an alert goes, once, to Workflow:AlertEmail,
/// else to the agency's escalation contacts. Busy or failing answers (429, 5xx) are thrown for the activity's
/// retry policy; the recipients already served are skipped on the retry.
/// </summary>
public sealed class ReviewMailDelivery(
    SendReceipts receipts,
    AuditLog audit,
    IOptions<PublishingOptions> publishing,
    IOptions<SendGridOptions> sendGrid,
    ILogger<ReviewMailDelivery> logger)
{
    public const string FailedStep = "email-failed";

    /// <param name="escalation">Who hears of a refused mail when no Workflow:AlertEmail is set.</param>
    /// <returns>False when the mail service refused the mail.</returns>
    public Task<bool> DeliverAsync(ReportKey key, ReviewMail mail, EmailMessage message, IReadOnlyList<string> escalation, CancellationToken cancellationToken = default) =>
        DeliverAsync(key, mail.Key, mail.Revision, mail.Stage, message, escalation, retryUnfinishedClaim: true, cancellationToken);

    /// <param name="messageKey">Names the logical mail within the report (the same on every retry).</param>
    /// <param name="stage">0-based review stage the mail is about (the last one for publication mails).</param>
    /// <param name="retryUnfinishedClaim">
    /// True to throw <see cref="TransientEmailFailureException"/> while another run's claim on the mail is unfinished
    /// (one sending now, or one that died mid-send), so that a caller retried with back-off for longer than a claim
    /// lives (the review activities) sends it in the end; false leaves the mail to that claim (the publication, whose
    /// trigger retries within seconds).
    /// </param>
    /// <returns>False when the mail service refused the mail.</returns>
    public async Task<bool> DeliverAsync(ReportKey key, string messageKey, int revision, int stage, EmailMessage message, IReadOnlyList<string> escalation, bool retryUnfinishedClaim, CancellationToken cancellationToken = default)
    {
        var recipients = string.Join(", ", message.To);
        try
        {
            if (await receipts.SendOnceAsync(key.PartitionKey, messageKey, recipients, message, cancellationToken))
            {
                return true;
            }

            switch (await receipts.StatusAsync(key.PartitionKey, messageKey, recipients, cancellationToken))
            {
                case SendReceipt.Sending when retryUnfinishedClaim:
                    // Counting it as delivered would lose it for good if its claimant died before sending.
                    throw new TransientEmailFailureException($"{messageKey} to {recipients} is claimed by an unfinished attempt");
                case not SendReceipt.Refused:
                    return true;
            }

            // Refused on an earlier try whose alert could not be sent then: send the alerts still missing.
            await AlertAsync(key, messageKey, message, "见审计记录中的首次失败", escalation);
            return false;
        }
        catch (PermanentEmailFailureException e)
        {
            logger.LogError(e, "The mail service refused {Mail} of {Report} to {To}; recorded, not retried.", messageKey, key, recipients);
            await audit.WriteAsync(key, FailedStep, revision, stage, recipients, $"{message.Subject}: {e.Message}", CancellationToken.None);
            await AlertAsync(key, messageKey, message, e.Message, escalation);
            return false;
        }
    }

    private async Task AlertAsync(ReportKey key, string messageKey, EmailMessage failed, string error, IReadOnlyList<string> escalation)
    {
        IReadOnlyList<string> contacts = publishing.Value.AlertEmail is { Length: > 0 } alert ? [alert]
            : escalation.Count > 0 ? escalation
            : [sendGrid.Value.From];
        foreach (var to in contacts.Except(failed.To, StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                await receipts.SendOnceAsync(key.PartitionKey, $"{messageKey}-alert", to, DeliveryAlertEmail.Compose(to, failed, error), CancellationToken.None);
            }
            catch (PermanentEmailFailureException e)
            {
                // Nobody else to tell; the audit row and the status API still show the first failure.
                logger.LogError(e, "The alert about {Mail} of {Report} to {To} was refused too.", messageKey, key, to);
            }
        }
    }
}
