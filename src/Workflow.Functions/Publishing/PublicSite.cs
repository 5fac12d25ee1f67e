using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Writes blobs of the public <c>reports</c> container. Every blob carries the SHA-256 of its bytes in its
/// metadata, so a write of the same bytes is skipped (the blob, its ETag and Last-Modified stay as they were)
/// and shared documents are compared without downloading them.
/// </summary>
public sealed class PublicSite(PublicReportsContainer publicReports)
{
    public const string HashMetadata = "sha256";
    private const int MaxConflictRetries = 40;

    public BlobContainerClient Container => publicReports.Client;

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Writes a blob that belongs to one report (only that report's publication writes it).</summary>
    /// <returns>True when the blob changed.</returns>
    public async Task<bool> WriteAsync(string path, string content, PublicContent kind, IDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var hash = Sha256(bytes);
        var blob = Container.GetBlobClient(path);
        // Most writes are a first publication's: create, and compare only when the blob turns out to exist.
        try
        {
            await UploadAsync(blob, bytes, hash, kind, metadata, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
        }

        var current = await PropertiesAsync(blob, cancellationToken);
        if (current is not null && IsSame(current, hash, kind))
        {
            return false;
        }
        await UploadAsync(blob, bytes, hash, kind, metadata, conditions: null, cancellationToken);
        return true;
    }

    /// <summary>
    /// Rewrites a document shared by many reports (year index, feed) from a fresh listing, with optimistic
    /// concurrency: read the ETag, build, write only if the ETag is unchanged (If-Match, or If-None-Match: *
    /// for a new blob), and on conflict start over after a random pause. A publication that finds the
    /// document already equal to what it would write stops there, so concurrent publications converge
    /// instead of overwriting each other, and no entry is lost: the last successful write was built from a
    /// listing made after every earlier write.
    /// </summary>
    public async Task UpdateSharedAsync(string path, PublicContent kind, Func<CancellationToken, Task<string>> build, CancellationToken cancellationToken = default)
    {
        var blob = Container.GetBlobClient(path);
        for (var attempt = 1; ; attempt++)
        {
            var current = await PropertiesAsync(blob, cancellationToken);
            var bytes = Encoding.UTF8.GetBytes(await build(cancellationToken));
            var hash = Sha256(bytes);
            if (current is not null && IsSame(current, hash, kind))
            {
                return;
            }
            var conditions = current is null
                ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : new BlobRequestConditions { IfMatch = current.ETag };
            try
            {
                await UploadAsync(blob, bytes, hash, kind, metadata: null, conditions, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxConflictRetries)
            {
                // Someone wrote in between; their listing may already hold our entry. Spread the retries out.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100 + 40 * Math.Min(attempt, 10))), cancellationToken);
            }
        }
    }

    private static bool IsSame(BlobProperties current, string hash, PublicContent kind) =>
        current.Metadata.TryGetValue(HashMetadata, out var stored) && stored == hash
        && current.ContentType == kind.ContentType && current.CacheControl == kind.CacheControl;

    private static async Task<BlobProperties?> PropertiesAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static Task UploadAsync(BlobClient blob, byte[] bytes, string hash, PublicContent kind, IDictionary<string, string>? metadata, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        var allMetadata = new Dictionary<string, string>(metadata ?? new Dictionary<string, string>()) { [HashMetadata] = hash };
        return blob.UploadAsync(new BinaryData(bytes), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = kind.ContentType, CacheControl = kind.CacheControl },
            Metadata = allMetadata,
            Conditions = conditions,
        }, cancellationToken);
    }
}
