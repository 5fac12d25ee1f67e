using System.Text;
using Azure;
using Microsoft.Extensions.Options;
using Workflow.Functions.Notifications;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Counts failed tries per version of an approved blob. The host moves the blob to the poison queue
/// (webjobs-blobtrigger-poison) after <see cref="PublishingOptions.PoisonThreshold"/> tries; on that last try
/// an alert goes to <see cref="PublishingOptions.AlertEmail"/>, once (through a send receipt).
/// </summary>
public sealed class PublicationFailures(PublishingTables tables, SendReceipts receipts, IOptions<PublishingOptions> options, IOptions<SendGridOptions> sendGrid)
{
    private const int MaxErrorLength = 4000;

    /// <returns>How many tries of this content have failed so far.</returns>
    public async Task<int> RecordAsync(int year, string agencyId, string approvedContent, Exception error, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(PublishingTables.Failures, cancellationToken);
        var partition = new ReportKey(agencyId, year).PartitionKey;
        var row = PublicSite.Sha256(Encoding.UTF8.GetBytes(approvedContent))[..24];
        var message = error.ToString();
        message = message.Length > MaxErrorLength ? message[..MaxErrorLength] : message;
        int attempts;
        while (true)
        {
            var existing = await table.GetEntityIfExistsAsync<PublicationFailureEntity>(partition, row, cancellationToken: cancellationToken);
            var entity = existing.HasValue ? existing.Value! : new PublicationFailureEntity { PartitionKey = partition, RowKey = row };
            entity.Attempts++;
            entity.LastError = message;
            try
            {
                if (existing.HasValue)
                {
                    await table.UpdateEntityAsync(entity, entity.ETag, cancellationToken: cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }
                attempts = entity.Attempts;
                break;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // A concurrent try recorded its failure first: count again.
            }
        }

        if (attempts >= options.Value.PoisonThreshold)
        {
            var to = options.Value.AlertEmail is { Length: > 0 } alert ? alert : sendGrid.Value.From;
            var blob = $"{StorageNames.ApprovedContainer}/{year}/{agencyId}.json";
            await receipts.SendOnceAsync(partition, $"{row}-alert", to, PublicationEmails.PublicationFailing(to, blob, attempts, message), cancellationToken);
        }
        return attempts;
    }
}
