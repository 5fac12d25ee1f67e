using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Publishing;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.History;

/// <summary>
/// Finds an agency's report for the year before a submission: the published one (the public container's
/// {year}/{agencyId}/report.json) first, as it is what the public compares; else one approved but not yet
/// published; else one the administrator imported (history/{year}/{agencyId}.json). An unreadable blob is
/// skipped with a warning rather than failing the submission: cross-year checks are advisory input.
/// </summary>
public sealed class PreviousReports(BlobServiceClient blobs, PublicReportsContainer publicReports, ILogger<PreviousReports> logger)
{
    private const string JsonType = "application/json; charset=utf-8";

    private string PublicContainer => publicReports.Client.Name;

    /// <summary>The agency's report for <paramref name="year"/> − 1, or null when none is stored anywhere.</summary>
    public async Task<PreviousReport?> FindAsync(string agencyId, int year, CancellationToken cancellationToken = default)
    {
        var key = new ReportKey(agencyId, year - 1);
        string[] sources =
        [
            $"{PublicContainer}/{key.PublishedBlob}",
            $"{StorageNames.ApprovedContainer}/{key.ApprovedBlob}",
            $"{StorageNames.HistoryContainer}/{key.HistoryBlob}",
        ];
        foreach (var source in sources)
        {
            if (await ReadAsync(source, cancellationToken) is { } found && found.Report.Year == key.Year)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The report at a source recorded by <see cref="FindAsync"/>; null when it is gone or unreadable.</summary>
    public async Task<PreviousReport?> ReadAsync(string source, CancellationToken cancellationToken = default)
    {
        var slash = source.IndexOf('/', StringComparison.Ordinal);
        var container = slash > 0 ? source[..slash] : "";
        var origin = container == PublicContainer ? "已发布"
            : container == StorageNames.ApprovedContainer ? "已批准"
            : container == StorageNames.HistoryContainer ? "导入"
            : null;
        if (origin is null)
        {
            return null;
        }

        string json;
        try
        {
            var containerClient = container == PublicContainer ? publicReports.Client : blobs.GetBlobContainerClient(container);
            json = (await containerClient.GetBlobClient(source[(slash + 1)..]).DownloadContentAsync(cancellationToken)).Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }

        try
        {
            var report = container == StorageNames.ApprovedContainer ? ApprovedReportDocument.Deserialize(json).Report : ReportJson.Deserialize(json);
            return new PreviousReport(report, source, origin);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "{Source} is not a readable report; cross-year rules do not use it", source);
            return null;
        }
    }

    /// <summary>Stores an imported past report (its canonical JSON and the file as sent); returns its source.</summary>
    public async Task<string> SaveHistoryAsync(AnnualReport report, ReportUpload upload, CancellationToken cancellationToken = default)
    {
        var key = new ReportKey(report.Agency.Id, report.Year);
        var container = blobs.GetBlobContainerClient(StorageNames.HistoryContainer);
        await container.GetBlobClient(key.HistoryOriginalBlob(upload.Format.Extension))
            .UploadAsync(BinaryData.FromBytes(upload.Content), Options(upload.Format.MediaType), cancellationToken);
        await container.GetBlobClient(key.HistoryBlob)
            .UploadAsync(BinaryData.FromString(ReportJson.Serialize(report)), Options(JsonType), cancellationToken);
        return $"{StorageNames.HistoryContainer}/{key.HistoryBlob}";
    }

    private static BlobUploadOptions Options(string contentType) =>
        new() { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
}
