using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs;

namespace Workflow.LoadTest;

/// <summary>
/// Watches the public <c>reports</c> container (directly in storage, so none of it counts as the host's
/// requests): when each agency's report becomes public, and when the year's index.json first lists it. A report
/// counts as public when its entry entries/{year}/{id}.json is listed: the publisher writes the entry after the
/// page, report.json and schema, so this is never early, and listing the year's 300 entries each round is a third
/// of listing its 900 pages, which would load the Azurite under test. <see cref="MissingPagesAsync"/> checks the
/// pages themselves once at the end.
/// </summary>
public sealed class PublicReports(BlobContainerClient container, int year, Stopwatch clock, IReadOnlySet<string> agencies) : IAsyncDisposable
{
    static readonly TimeSpan Round = TimeSpan.FromMilliseconds(100);

    readonly ConcurrentDictionary<string, TimeSpan> pages = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, TimeSpan> indexed = new(StringComparer.Ordinal);
    readonly CancellationTokenSource stop = new();
    Task? watching;

    public IReadOnlyDictionary<string, TimeSpan> Pages => pages;

    public IReadOnlyDictionary<string, TimeSpan> Indexed => indexed;

    public bool Complete => pages.Count == agencies.Count && indexed.Count == agencies.Count;

    public void Start() => watching = Task.Run(WatchAsync);

    async Task WatchAsync()
    {
        while (!stop.IsCancellationRequested && !Complete)
        {
            try
            {
                await RoundAsync(stop.Token);
                await Task.Delay(Round, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    async Task RoundAsync(CancellationToken cancellationToken)
    {
        if (pages.Count < agencies.Count)
        {
            await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"entries/{year}/", cancellationToken))
            {
                var id = Path.GetFileNameWithoutExtension(blob.Name);
                if (agencies.Contains(id))
                {
                    pages.TryAdd(id, clock.Elapsed);
                }
            }
        }

        try
        {
            var index = await container.GetBlobClient($"{year}/index.json").DownloadContentAsync(cancellationToken);
            var now = clock.Elapsed;
            foreach (var id in Ids(JsonNode.Parse(index.Value.Content.ToString())))
            {
                if (agencies.Contains(id))
                {
                    indexed.TryAdd(id, now);
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>The agencies counted as public whose page {year}/{id}/index.html does not exist.</summary>
    public async Task<IReadOnlyList<string>> MissingPagesAsync(CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{year}/", cancellationToken))
        {
            if (blob.Name.Split('/') is [_, var id, "index.html"])
            {
                found.Add(id);
            }
        }

        return [.. pages.Keys.Where(id => !found.Contains(id))];
    }

    /// <summary>The agency ids of index.json ({ "reports": [ { "agency": { "id": … } } ] }).</summary>
    static IEnumerable<string> Ids(JsonNode? index) =>
        index?["reports"]?.AsArray().Select(r => r?["agency"]?["id"]?.GetValue<string>()).OfType<string>() ?? [];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (watching is not null)
        {
            await watching;
        }
        stop.Dispose();
    }
}
