using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;

namespace Workflow.Functions.Publishing;

/// <summary>
/// The per-report entry blobs <c>entries/{year}/{agencyId}.json</c>. Each one is also copied (base64 JSON)
/// into the blob's metadata so that one listing with metadata yields every entry of a year, or of all
/// years for the feed, without a download per report.
/// </summary>
public sealed class PublicationEntries(PublicSite site)
{
    private const string EntryMetadata = "entry";

    public async Task<PublicationEntry?> GetAsync(int year, string agencyId, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await site.Container.GetBlobClient(PublicSitePaths.Entry(year, agencyId)).DownloadContentAsync(cancellationToken);
            return Parse(content.Value.Content.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task<bool> SaveAsync(PublicationEntry entry, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(entry, YearIndexRenderer.JsonOptions) + "\n";
        var metadata = new Dictionary<string, string> { [EntryMetadata] = Convert.ToBase64String(Encoding.UTF8.GetBytes(json)) };
        return site.WriteAsync(PublicSitePaths.Entry(entry.Year, entry.AgencyId), json, PublicContent.Entry, metadata, cancellationToken);
    }

    /// <summary>Entries of one year, or of every year when <paramref name="year"/> is null.</summary>
    public Task<IReadOnlyList<PublicationEntry>> ListAsync(int? year, CancellationToken cancellationToken = default) =>
        ListAsync(year, unreadable: null, cancellationToken);

    /// <summary>
    /// Entries of one year, or of every year; an entry whose metadata cannot be read is left out and handed to
    /// <paramref name="unreadable"/> (blob name and error), so that one damaged entry never hides the others.
    /// </summary>
    public async Task<IReadOnlyList<PublicationEntry>> ListAsync(int? year, Action<string, Exception>? unreadable, CancellationToken cancellationToken = default)
    {
        var prefix = year is { } y ? PublicSitePaths.EntriesOf(y) : PublicSitePaths.EntriesPrefix;
        var entries = new List<PublicationEntry>();
        await foreach (var item in site.Container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
        {
            if (item.Metadata.TryGetValue(EntryMetadata, out var encoded))
            {
                try
                {
                    entries.Add(Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded))));
                }
                catch (Exception e) when (e is JsonException or FormatException or NotSupportedException or ArgumentException)
                {
                    unreadable?.Invoke(item.Name, e);
                }
            }
        }
        return entries;
    }

    /// <summary>How an entry is named in alerts: its blob.</summary>
    public static string NameOf(PublicationEntry entry) => PublicSitePaths.Entry(entry.Year, entry.AgencyId);

    private static PublicationEntry Parse(string json) =>
        JsonSerializer.Deserialize<PublicationEntry>(json, YearIndexRenderer.JsonOptions)
        ?? throw new JsonException("An empty publication entry.");
}
