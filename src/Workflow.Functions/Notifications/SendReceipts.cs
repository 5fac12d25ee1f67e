using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Workflow.Functions.Publishing;

namespace Workflow.Functions.Notifications;

/// <summary>
/// Sends a message at most once per (partition, message, recipient) across retries and concurrent runs:
/// the receipt row is inserted first (insert-if-not-exists), the mail sent, the row marked sent. A failed
/// send deletes the row so a retry sends again; a claim left by a crashed run expires after
/// <see cref="ClaimLifetime"/>.
/// </summary>
public sealed class SendReceipts(PublishingTables tables, IEmailSender sender, TimeProvider clock)
{
    /// <summary>
    /// Longer than one send can take (the SendGrid client gives up after <see cref="SendTimeout"/>), so a claim this
    /// old belongs to a run that died; short, because the review activities wait for it before mailing again.
    /// </summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(15);

    /// <returns>True when this call sent the message; false when it had been sent (or is being sent) already.</returns>
    public async Task<bool> SendOnceAsync(string partitionKey, string messageKey, string recipient, EmailMessage message, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(PublishingTables.Receipts, cancellationToken);
        var rowKey = $"{messageKey}-{RecipientKey(recipient)}";
        var receipt = await ClaimAsync(table, partitionKey, rowKey, recipient, cancellationToken);
        if (receipt is null)
        {
            return false;
        }

        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (PermanentEmailFailureException)
        {
            // Retrying cannot help; keep the row so that retries of the publication do not try again.
            receipt.Status = SendReceipt.Refused;
            await table.UpdateEntityAsync(receipt, ETag.All, TableUpdateMode.Replace, CancellationToken.None);
            throw;
        }
        catch
        {
            await table.DeleteEntityAsync(receipt.PartitionKey, receipt.RowKey, receipt.ETag, CancellationToken.None);
            throw;
        }

        receipt.Status = SendReceipt.Sent;
        receipt.SentAt = clock.GetUtcNow();
        await table.UpdateEntityAsync(receipt, ETag.All, TableUpdateMode.Replace, CancellationToken.None);
        return true;
    }

    /// <returns>The receipt's status (<see cref="SendReceipt.Sending"/>, <see cref="SendReceipt.Sent"/> or <see cref="SendReceipt.Refused"/>), null when there is none.</returns>
    public async Task<string?> StatusAsync(string partitionKey, string messageKey, string recipient, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(PublishingTables.Receipts, cancellationToken);
        var receipt = await table.GetEntityIfExistsAsync<SendReceipt>(partitionKey, $"{messageKey}-{RecipientKey(recipient)}", cancellationToken: cancellationToken);
        return receipt.HasValue ? receipt.Value!.Status : null;
    }

    public static string RecipientKey(string recipient) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.Trim().ToLowerInvariant())))[..24];

    private async Task<SendReceipt?> ClaimAsync(TableClient table, string partitionKey, string rowKey, string recipient, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var receipt = new SendReceipt { PartitionKey = partitionKey, RowKey = rowKey, Recipient = recipient, ClaimedAt = now };
        try
        {
            var added = await table.AddEntityAsync(receipt, cancellationToken);
            receipt.ETag = added.Headers.ETag ?? ETag.All;
            return receipt;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await table.GetEntityAsync<SendReceipt>(partitionKey, rowKey, cancellationToken: cancellationToken)).Value;
            if (existing.Status != SendReceipt.Sending || now - existing.ClaimedAt < ClaimLifetime)
            {
                return null;
            }

            existing.ClaimedAt = now;
            try
            {
                var updated = await table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                existing.ETag = updated.Headers.ETag ?? ETag.All;
                return existing;
            }
            catch (RequestFailedException conflict) when (conflict.Status == 412)
            {
                return null;
            }
        }
    }
}
