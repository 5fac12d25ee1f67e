using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Functions.Notifications;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Tells the operator that a shared document (a year index, the feed) was rebuilt without an entry that could
/// not be read or rendered: an error in the log naming the entry and the document, and one mail per entry,
/// document and content to <see cref="PublishingOptions.AlertEmail"/> (else the sender), through a send receipt.
/// An alert that cannot be sent is logged; it never stops the rebuild.
/// </summary>
public sealed class SharedDocumentAlerts(SendReceipts receipts, IOptions<PublishingOptions> options, IOptions<SendGridOptions> sendGrid, ILogger<SharedDocumentAlerts> logger)
{
    public async Task EntryLeftOutAsync(string document, string entry, Exception error, CancellationToken cancellationToken = default)
    {
        logger.LogError(error, "Alert: {Entry} was left out of {Document}: it cannot be rendered. The rest of the document was rebuilt.", entry, document);
        var to = options.Value.AlertEmail is { Length: > 0 } alert ? alert : sendGrid.Value.From;
        var key = PublicSite.Sha256(Encoding.UTF8.GetBytes($"{document}\n{entry}\n{error.GetType().FullName}\n{error.Message}"))[..24];
        // One receipt partition per public container: each site is told about its own entries.
        var partition = $"shared-{options.Value.PublicContainer}";
        try
        {
            await receipts.SendOnceAsync(partition, $"left-out-{key}", to, PublicationEmails.EntryLeftOut(to, document, entry, error.Message), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The alert about {Entry} left out of {Document} could not be sent.", entry, document);
        }
    }
}
