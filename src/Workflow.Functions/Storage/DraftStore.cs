using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Workflow.Functions.Telemetry;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Storage;

/// <summary>Blobs of the drafts, approved and (read only) reports containers.</summary>
public sealed class DraftStore(BlobServiceClient blobs, PublicReportsContainer publicReports)
{
    private const string JsonType = "application/json; charset=utf-8";

    private BlobContainerClient Drafts => blobs.GetBlobContainerClient(StorageNames.DraftsContainer);

    private BlobContainerClient Approved => blobs.GetBlobContainerClient(StorageNames.ApprovedContainer);

    /// <summary>Writes the files of revision n (claimed before in the submissions table, so overwriting is safe).</summary>
    public async Task SaveRevisionAsync(ReportKey key, int revision, RevisionFiles files, CancellationToken cancellationToken = default)
    {
        await Drafts.GetBlobClient(key.OriginalBlob(revision, files.Extension))
            .UploadAsync(BinaryData.FromBytes(files.Original), Options(files.MediaType), cancellationToken);
        await Drafts.GetBlobClient(key.FindingsBlob(revision))
            .UploadAsync(BinaryData.FromString(files.FindingsJson), Options(JsonType), cancellationToken);
        await Drafts.GetBlobClient(key.InferredBlob(revision))
            .UploadAsync(BinaryData.FromString(files.InferredJson), Options(JsonType), cancellationToken);
        await Drafts.GetBlobClient(key.CanonicalBlob(revision))
            .UploadAsync(BinaryData.FromString(files.CanonicalJson), Options(JsonType), cancellationToken);
    }

    public async Task<AnnualReport> ReadReportAsync(ReportKey key, int revision, CancellationToken cancellationToken = default) =>
        ReportJson.Deserialize(await ReadTextAsync(Drafts.GetBlobClient(key.CanonicalBlob(revision)), cancellationToken));

    public async Task<IReadOnlyList<Finding>> ReadFindingsAsync(ReportKey key, int revision, CancellationToken cancellationToken = default) =>
        await ReadTextIfExistsAsync(Drafts.GetBlobClient(key.FindingsBlob(revision)), cancellationToken) is { } json
            ? JsonSerializer.Deserialize<List<Finding>>(json, ReportJson.Options) ?? []
            : [];

    /// <summary>The cells the reader inferred in revision n; none for a revision stored before they were recorded.</summary>
    public async Task<IReadOnlyList<InferredCell>> ReadInferredAsync(ReportKey key, int revision, CancellationToken cancellationToken = default) =>
        await ReadTextIfExistsAsync(Drafts.GetBlobClient(key.InferredBlob(revision)), cancellationToken) is { } json
            ? JsonSerializer.Deserialize<List<InferredCell>>(json, ReportJson.Options) ?? []
            : [];

    /// <summary>
    /// Writes approved/{year}/{agencyId}.json if it is still as read: absent (<paramref name="replacing"/> null) or
    /// at that ETag (a correction replaces the approval before it). False when another writer came first.
    /// </summary>
    public async Task<bool> TryWriteApprovedAsync(ReportKey key, string json, ETag? replacing, CancellationToken cancellationToken = default)
    {
        var options = Options(JsonType);
        options.Metadata = ApprovalTrace.Metadata();
        options.Conditions = replacing is { } etag ? new BlobRequestConditions { IfMatch = etag } : new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            await Approved.GetBlobClient(key.ApprovedBlob).UploadAsync(BinaryData.FromString(json), options, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<ApprovedBlob?> ReadApprovedBlobAsync(ReportKey key, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await Approved.GetBlobClient(key.ApprovedBlob).DownloadContentAsync(cancellationToken);
            return new ApprovedBlob(content.Value.Content.ToString(), content.Value.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The traceparent the approval stamped on approved/{year}/{agencyId}.json; null without one or without the blob.</summary>
    public async Task<string?> ReadApprovalTraceAsync(ReportKey key, CancellationToken cancellationToken = default)
    {
        try
        {
            var properties = await Approved.GetBlobClient(key.ApprovedBlob).GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.Metadata.TryGetValue(ApprovalTrace.MetadataKey, out var traceParent) ? traceParent : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

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
