using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Storage;

/// <summary>Blobs of the drafts, approved and (read only) reports containers.</summary>
public sealed class DraftStore(BlobServiceClient blobs, PublicReportsContainer publicReports)
{
    private const string JsonType = "application/json; charset=utf-8";

    private BlobContainerClient Drafts => blobs.GetBlobContainerClient(StorageNames.DraftsContainer);

    /// <summary>Writes the files of revision n (claimed before in the submissions table, so overwriting is safe).</summary>
    public async Task SaveRevisionAsync(ReportKey key, int revision, RevisionFiles files, CancellationToken cancellationToken = default)
    {
        await Drafts.GetBlobClient(key.OriginalBlob(revision, files.Extension))
            .UploadAsync(BinaryData.FromBytes(files.Original), Options(files.MediaType), cancellationToken);
        await Drafts.GetBlobClient(key.FindingsBlob(revision))
            .UploadAsync(BinaryData.FromString(files.FindingsJson), Options(JsonType), cancellationToken);
        await Drafts.GetBlobClient(key.CanonicalBlob(revision))
            .UploadAsync(BinaryData.FromString(files.CanonicalJson), Options(JsonType), cancellationToken);
    }

    public async Task<AnnualReport> ReadReportAsync(ReportKey key, int revision, CancellationToken cancellationToken = default) =>
        ReportJson.Deserialize(await ReadTextAsync(Drafts.GetBlobClient(key.CanonicalBlob(revision)), cancellationToken));

    public async Task<IReadOnlyList<Finding>> ReadFindingsAsync(ReportKey key, int revision, CancellationToken cancellationToken = default) =>
        await ReadTextIfExistsAsync(Drafts.GetBlobClient(key.FindingsBlob(revision)), cancellationToken) is { } json
            ? JsonSerializer.Deserialize<List<Finding>>(json, ReportJson.Options) ?? []
            : [];

    /// <summary>Writes approved/{year}/{agencyId}.json; overwriting is what a correction does.</summary>
    public Task WriteApprovedAsync(ReportKey key, string json, CancellationToken cancellationToken = default) =>
        blobs.GetBlobContainerClient(StorageNames.ApprovedContainer).GetBlobClient(key.ApprovedBlob)
            .UploadAsync(BinaryData.FromString(json), Options(JsonType), cancellationToken);

    public Task<string?> ReadApprovedAsync(ReportKey key, CancellationToken cancellationToken = default) =>
        ReadTextIfExistsAsync(blobs.GetBlobContainerClient(StorageNames.ApprovedContainer).GetBlobClient(key.ApprovedBlob), cancellationToken);

    /// <summary>True once the publication function has put the report in the public container.</summary>
    public async Task<bool> IsPublishedAsync(ReportKey key, CancellationToken cancellationToken = default) =>
        await publicReports.Client.GetBlobClient(key.PublishedBlob).ExistsAsync(cancellationToken);

    private static BlobUploadOptions Options(string contentType) =>
        new() { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };

    private static async Task<string> ReadTextAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var content = await blob.DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToString();
    }

    /// <summary>One request, not an existence check and then a download: these reads are on every review and approval.</summary>
    private static async Task<string?> ReadTextIfExistsAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadTextAsync(blob, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
