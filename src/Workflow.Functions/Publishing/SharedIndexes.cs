using Microsoft.Extensions.Options;
using Workflow.Functions.Season;

namespace Workflow.Functions.Publishing;

/// <summary>
/// The documents every publication changes ({year}/index.json, {year}/index.html, {year}/statistics.csv,
/// {year}/statistics.html, feed.xml), rebuilt from one
/// listing of the entries. Under a burst of publications (the last week of January) rebuilding them once per
/// publication costs a listing of every entry each time, and the rebuilds overwrite each other; so within a
/// process, requests are coalesced: a caller waits for a rebuild that starts after its request (its entry is
/// saved by then, so the rebuild lists it), and all callers that arrive while one rebuild runs share the next
/// one. Between processes the writes stay ETag-guarded (<see cref="PublicSite.UpdateSharedAsync"/>).
/// </summary>
/// <remarks>
/// Fault isolation: one entry never stops a shared document. An entry that cannot be read, or with which a
/// document cannot be rendered, is left out of that document with an alert naming it
/// (<see cref="SharedDocumentAlerts"/>), and the document is rebuilt from the rest.
/// </remarks>
public sealed class SharedIndexes(PublicSite site, PublicationEntries entries, SharedDocumentAlerts alerts, SeasonAgencies agencies, IOptions<WorkflowOptions> options, TimeProvider clock)
{
    /// <summary>How long a listing may serve the links to an agency's earlier years on its page.</summary>
    private static readonly TimeSpan ListingReuse = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private readonly Dictionary<int, TaskCompletionSource> queued = [];
    private readonly Dictionary<int, Task> running = [];
    private (IReadOnlyList<PublicationEntry> Entries, long At)? lastListing;

    /// <summary>Returns when the indexes of <paramref name="year"/> and the feed hold every entry saved before the call.</summary>
    public Task RebuildAsync(int year, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (queued.TryGetValue(year, out var waiting))
            {
                return waiting.Task.WaitAsync(cancellationToken);
            }

            var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            queued[year] = next;
            var previous = running.GetValueOrDefault(year) ?? Task.CompletedTask;
            _ = RunAfterAsync(year, previous, next);
            return next.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Every entry, from a listing at most a few seconds old: for the links from a page to the agency's earlier
    /// years, which do not change while a year's reports are being published.
    /// </summary>
    public async Task<IReadOnlyList<PublicationEntry>> RecentEntriesAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (lastListing is { } listing && Environment.TickCount64 - listing.At < ListingReuse.TotalMilliseconds)
            {
                return listing.Entries;
            }
        }

        return await ListAsync(cancellationToken);
    }

    private async Task RunAfterAsync(int year, Task previous, TaskCompletionSource rebuild)
    {
        // One rebuild of a year at a time; a failed one does not stop the next.
        await previous.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        lock (gate)
        {
            queued.Remove(year);
            running[year] = rebuild.Task;
        }

        try
        {
            // Shared by several callers: none of their tokens may cancel it.
            await WriteAsync(year, CancellationToken.None);
            rebuild.SetResult();
        }
        catch (Exception e)
        {
            rebuild.SetException(e);
        }
    }

    private async Task WriteAsync(int year, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.PublicReportsBaseUrl;
        var listing = await ListAsync(cancellationToken);

        // The first attempt uses the listing made for this rebuild; a retry after a conflict lists again.
        Func<CancellationToken, Task<IReadOnlyList<PublicationEntry>>> Fresh()
        {
            var first = true;
            return async ct =>
            {
                if (first)
                {
                    first = false;
                    return listing;
                }

                return listing = await ListAsync(ct);
            };
        }

        var forJson = Fresh();
        await site.UpdateSharedAsync(PublicSitePaths.YearIndexJson(year), PublicContent.IndexJson,
            async ct => await RenderIsolatedAsync(PublicSitePaths.YearIndexJson(year), await forJson(ct), e => YearIndexRenderer.Json(year, e, baseUrl)), cancellationToken);
        var forHtml = Fresh();
        await site.UpdateSharedAsync(PublicSitePaths.YearIndexHtml(year), PublicContent.IndexHtml,
            async ct => await RenderIsolatedAsync(PublicSitePaths.YearIndexHtml(year), await forHtml(ct), e => YearIndexRenderer.Html(year, e)), cancellationToken);
        var forCsv = Fresh();
        await site.UpdateSharedAsync(PublicSitePaths.StatisticsCsv(year), PublicContent.StatisticsCsv,
            async ct => await RenderIsolatedAsync(PublicSitePaths.StatisticsCsv(year), await forCsv(ct), e => StatisticsCsv.Render(year, e, baseUrl)), cancellationToken);
        // The page lists the registered agencies that have not published, late as of today: it changes at most daily.
        var registered = await agencies.ListAsync(cancellationToken);
        var today = ChinaDates.DateOf(clock.GetUtcNow());
        var forStatistics = Fresh();
        await site.UpdateSharedAsync(PublicSitePaths.StatisticsHtml(year), PublicContent.IndexHtml,
            async ct => await RenderIsolatedAsync(PublicSitePaths.StatisticsHtml(year), await forStatistics(ct), e => StatisticsPage.Render(year, e, registered, today)), cancellationToken);
        var forFeed = Fresh();
        await site.UpdateSharedAsync(PublicSitePaths.Feed, PublicContent.Feed,
            async ct => await RenderIsolatedAsync(PublicSitePaths.Feed, await forFeed(ct), e => AtomFeedRenderer.Render(e, baseUrl)), cancellationToken);
    }

    /// <summary>
    /// The document rendered from every entry; if that throws, each entry is tried alone and the ones that fail
    /// are left out, with an alert each. Rendering is pure, so this costs nothing while all entries are sound.
    /// </summary>
    public async Task<string> RenderIsolatedAsync(string document, IReadOnlyList<PublicationEntry> listed, Func<IReadOnlyList<PublicationEntry>, string> render)
    {
        try
        {
            return render(listed);
        }
        catch (Exception whole) when (whole is not OperationCanceledException)
        {
            var sound = new List<PublicationEntry>(listed.Count);
            foreach (var entry in listed)
            {
                try
                {
                    render([entry]);
                    sound.Add(entry);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await alerts.EntryLeftOutAsync(document, PublicationEntries.NameOf(entry), e, CancellationToken.None);
                }
            }

            return render(sound);
        }
    }

    private async Task<IReadOnlyList<PublicationEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var unreadable = new List<(string Blob, Exception Error)>();
        var listing = await entries.ListAsync(null, (blob, error) => unreadable.Add((blob, error)), cancellationToken);
        foreach (var (blob, error) in unreadable)
        {
            await alerts.EntryLeftOutAsync("the shared indexes and the feed", blob, error, CancellationToken.None);
        }

        lock (gate)
        {
            lastListing = (listing, Environment.TickCount64);
        }

        return listing;
    }
}
