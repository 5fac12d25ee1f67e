using Microsoft.Extensions.Options;

namespace Workflow.Functions.Publishing;

/// <summary>
/// The documents every publication changes ({year}/index.json, {year}/index.html, feed.xml), rebuilt from one
/// listing of the entries. Under a burst of publications (the last week of January) rebuilding them once per
/// publication costs a listing of every entry each time, and the rebuilds overwrite each other; so within a
/// process, requests are coalesced: a caller waits for a rebuild that starts after its request (its entry is
/// saved by then, so the rebuild lists it), and all callers that arrive while one rebuild runs share the next
/// one. Between processes the writes stay ETag-guarded (<see cref="PublicSite.UpdateSharedAsync"/>).
/// </summary>
public sealed class SharedIndexes(PublicSite site, PublicationEntries entries, IOptions<WorkflowOptions> options)
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
            async ct => YearIndexRenderer.Json(year, await forJson(ct), baseUrl), cancellationToken);
        var forHtml = Fresh();
        await site.UpdateSharedAsync(PublicSitePaths.YearIndexHtml(year), PublicContent.IndexHtml,
            async ct => YearIndexRenderer.Html(year, await forHtml(ct)), cancellationToken);
        var forFeed = Fresh();
        await site.UpdateSharedAsync(PublicSitePaths.Feed, PublicContent.Feed,
            async ct => AtomFeedRenderer.Render(await forFeed(ct), baseUrl), cancellationToken);
    }

    private async Task<IReadOnlyList<PublicationEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var listing = await entries.ListAsync(null, cancellationToken);
        lock (gate)
        {
            lastListing = (listing, Environment.TickCount64);
        }

        return listing;
    }
}
