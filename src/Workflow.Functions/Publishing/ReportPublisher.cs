using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Functions.Faults;
using Workflow.Reports.Rendering;
using Workflow.Reports.Statistics;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Writes an approved report to the public container and then notifies. Safe to run any number of times,
/// concurrently for different agencies: per-report blobs are written only when their bytes change, the
/// shared indexes are rebuilt from the entry listing under ETag conditions, one rebuild for many concurrent
/// publications (<see cref="SharedIndexes"/>), and notifications go through receipts.
/// </summary>
public sealed class ReportPublisher(
    PublicSite site,
    PublicationEntries entries,
    SharedIndexes indexes,
    ReportPageRenderer pages,
    IPublicationNotifier notifier,
    IOptions<WorkflowOptions> options,
    IFaultPoint faults,
    ILogger<ReportPublisher> logger) : IReportPublisher
{
    public async Task<PublicationResult> PublishAsync(int year, string agencyId, string approvedJson, CancellationToken cancellationToken = default)
    {
        var approved = ApprovedReportReader.Read(approvedJson);
        var report = approved.Report;
        if (report.Agency.Id != agencyId || report.Year != year)
        {
            throw new InvalidDataException(
                $"approved/{year}/{agencyId}.json holds the report of {report.Agency.Id} for {report.Year}.");
        }

        var baseUrl = options.Value.PublicReportsBaseUrl;
        var pageUrl = PublicSitePaths.Url(baseUrl, PublicSitePaths.ReportPage(year, agencyId));
        var reportJson = ReportJson.Serialize(report) + "\n";
        var sha = PublicSite.Sha256(Encoding.UTF8.GetBytes(reportJson));
        var recent = indexes.RecentEntriesAsync(cancellationToken);
        var existing = entries.GetAsync(year, agencyId, cancellationToken);
        await Task.WhenAll(recent, existing);
        var (outcome, entry) = Decide(await existing, approved, sha);
        if (outcome == PublicationOutcome.Stale)
        {
            logger.LogWarning("Ignored the approval of {Agency} {Year} revision {Revision}: a newer one is published.", agencyId, year, approved.Revision);
            return new PublicationResult(outcome, entry, pageUrl);
        }

        var earlierYears = (await recent)
            .Where(e => e.AgencyId == agencyId && e.Year < year)
            .Select(e => e.Year)
            .ToList();

        // Independent blobs, written at once: the report is public when its page is.
        await Task.WhenAll(
            site.WriteAsync(PublicSitePaths.Schema, PublishedSchema.Render(baseUrl), PublicContent.Schema, cancellationToken: cancellationToken),
            site.WriteAsync(PublicSitePaths.ReportJson(year, agencyId), reportJson, PublicContent.ReportJson, cancellationToken: cancellationToken),
            site.WriteAsync(PublicSitePaths.ReportPage(year, agencyId), pages.Render(report, entry, earlierYears), PublicContent.ReportPage, cancellationToken: cancellationToken));
        // The entry goes last among the report's own blobs: once it is listed, its pages exist.
        await entries.SaveAsync(entry, cancellationToken);
        faults.Reached(FaultPoints.DuringPublication);

        // The report is public now: a shared document that cannot be rebuilt (storage trouble) must not hold
        // back its mail. The failure is rethrown afterwards so that the trigger retries the rebuild; the
        // notifications are sent once whatever the number of tries (receipts).
        Exception? rebuildFailure = null;
        try
        {
            await indexes.RebuildAsync(year, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            rebuildFailure = e;
            logger.LogError(e, "The shared documents of {Year} were not rebuilt after publishing {Agency}; the mail goes out, the trigger retries.", year, agencyId);
        }

        await notifier.NotifyAsync(approved, entry, pageUrl, cancellationToken);
        if (rebuildFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(rebuildFailure);
        }

        logger.LogInformation("{Outcome} {Agency} {Year} at {Url}", outcome, agencyId, year, pageUrl);
        return new PublicationResult(outcome, entry, pageUrl);
    }

    /// <summary>
    /// Same content as published: the existing entry, so the output is byte-identical. Different content
    /// approved later: a correction that keeps the first publication date. Approved earlier: stale.
    /// </summary>
    public static (PublicationOutcome Outcome, PublicationEntry Entry) Decide(PublicationEntry? existing, ApprovedReport approved, string reportSha256)
    {
        var report = approved.Report;
        var approvedAt = approved.ApprovedAt.ToUniversalTime();
        var fresh = new PublicationEntry(
            report.Agency.Id, report.Agency.Name, report.Agency.Kind, report.Year, TitleOf(report),
            approved.Revision, approvedAt, approvedAt, [], reportSha256, ReportStatistics.Of(report));
        if (existing is null)
        {
            return (PublicationOutcome.Published, fresh);
        }
        if (existing.ReportSha256 == reportSha256)
        {
            // An entry written before statistics existed gains them on a re-run.
            return (PublicationOutcome.Unchanged, existing.Statistics is null ? existing with { Statistics = fresh.Statistics } : existing);
        }
        if (approvedAt <= existing.ApprovedAt)
        {
            return (PublicationOutcome.Stale, existing);
        }
        return (PublicationOutcome.Corrected, fresh with
        {
            PublishedAt = existing.PublishedAt,
            CorrectedAt = [.. existing.CorrectedAt, approvedAt],
        });
    }

    private static string TitleOf(Workflow.Reports.Model.AnnualReport report) => PublishedTitle.Of(report);
}
