using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Workflow.LoadTest;

/// <summary>
/// One run: register N agencies (not timed), then submit N reports at once, approve each through the link
/// mailed to its reviewer as soon as it arrives, and wait until every page is public and listed in the
/// year's index; then N empty orchestrations through the same durable backend, as the floor.
/// </summary>
public sealed class LoadRun(LoadTestOptions options, HostApi api, BlobContainerClient reports, TextWriter output)
{
    const int RegistrationParallelism = 16;

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var run = Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();
        var ids = Enumerable.Range(0, options.Agencies).Select(i => $"load-{run}-{i:D4}").ToArray();
        var loadBefore = LoadAverage();
        output.WriteLine($"Load test {run}: {options.Agencies} agencies on {options.Base} at {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {loadBefore}");

        var registered = new ConcurrentDictionary<int, LoadAgency>();
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), new ParallelOptions { MaxDegreeOfParallelism = RegistrationParallelism, CancellationToken = cancellationToken },
            async (i, ct) => registered[i] = await api.RegisterAsync(ids[i], ct));
        var agencies = Enumerable.Range(0, ids.Length).Select(i => registered[i]).ToArray();
        var texts = Enumerable.Range(0, ids.Length).Select(i => ReportTexts.For(i, options.Year)).ToArray();

        await using var mailbox = new ReviewMailbox(options.Outbox, DateTime.UtcNow.AddSeconds(-2));
        mailbox.Start();
        var before = await api.StorageRequestsAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        var startedAt = DateTimeOffset.UtcNow;
        await using var published = new PublicReports(reports, options.Year, clock, ids.ToHashSet(StringComparer.Ordinal));
        published.Start();

        var errors = new ConcurrentQueue<string>();
        var submits = new ConcurrentDictionary<string, (TimeSpan Start, TimeSpan End)>(StringComparer.Ordinal);
        var approvals = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        await Task.WhenAll(agencies.Select((agency, i) => Task.Run(async () =>
        {
            try
            {
                var start = clock.Elapsed;
                await api.SubmitAsync(agency, options.Year, texts[i], cancellationToken);
                submits[agency.Id] = (start, clock.Elapsed);
                var link = await mailbox.LinkFor(agency.Reviewer).WaitAsync(options.Timeout, cancellationToken);
                var approving = clock.Elapsed;
                await api.ApproveAsync(link, cancellationToken);
                approvals[agency.Id] = approving;
            }
            catch (Exception e) when (e is LoadTestFailure or HttpRequestException or TimeoutException or TaskCanceledException)
            {
                errors.Enqueue($"{agency.Id}: {e.GetType().Name}: {e.Message}");
            }
        }, cancellationToken)));

        while (!published.Complete && clock.Elapsed < options.Timeout)
        {
            await Task.Delay(200, cancellationToken);
        }
        // The review desk publishes at the click; the orchestrations follow (audit, the mail to the bureau). Their
        // storage requests belong to the reports too, so the count waits for the last of those mails.
        while (agencies.Any(a => approvals.ContainsKey(a.Id) && !mailbox.ApprovalNotices.ContainsKey(a.Submitter)) && clock.Elapsed < options.Timeout)
        {
            await Task.Delay(200, cancellationToken);
        }
        var after = await api.StorageRequestsAsync(cancellationToken);
        var approvedBlobs = await ApprovedAtAsync(run, cancellationToken);
        var loadAfter = LoadAverage();

        var missingPages = ids.Where(id => !published.Pages.ContainsKey(id)).Concat(await published.MissingPagesAsync(cancellationToken)).Distinct().ToList();
        var missingIndex = ids.Where(id => !published.Indexed.ContainsKey(id)).ToList();
        var untold = approvals.Keys.Count(id => !mailbox.ApprovalNotices.ContainsKey(agencies.First(a => a.Id == id).Submitter));
        if (untold > 0)
        {
            errors.Enqueue($"after {Percentiles.Seconds(clock.Elapsed)}: {untold} bureaus not mailed the approval");
        }
        if (missingPages.Count > 0 || missingIndex.Count > 0)
        {
            errors.Enqueue($"after {Percentiles.Seconds(clock.Elapsed)}: {missingPages.Count} pages not public, {missingIndex.Count} reports not in {options.Year}/index.json");
        }

        var n = options.Agencies;
        var submitWindow = submits.IsEmpty ? TimeSpan.Zero : submits.Values.Max(s => s.End) - submits.Values.Min(s => s.Start);
        var lastPage = published.Pages.Count == 0 ? TimeSpan.Zero : published.Pages.Values.Max();
        var lastIndexed = published.Indexed.Count == 0 ? TimeSpan.Zero : published.Indexed.Values.Max();
        var requests = after.ToDictionary(a => a.Key, a => a.Value - before.GetValueOrDefault(a.Key), StringComparer.Ordinal);
        var total = requests.Values.Sum();
        var durable = requests.Where(r => r.Key.StartsWith("durable.", StringComparison.Ordinal)).Sum(r => r.Value);

        output.WriteLine($"Submitted {submits.Count} reports in {Percentiles.Seconds(submitWindow)}: {Rate(submits.Count, submitWindow)} submissions/s");
        output.WriteLine($"Submit latency           {new Percentiles(submits.Values.Select(s => s.End - s.Start)).Summary()}");
        output.WriteLine($"Approved {approvals.Count}, public pages {published.Pages.Count}, in the year index {published.Indexed.Count}");
        output.WriteLine($"Approve → public page    {new Percentiles(Latencies(approvals, published.Pages)).Summary()}");
        // Last-Modified has whole seconds: this split is accurate to about a second.
        var approvedAfter = approvedBlobs.ToDictionary(a => a.Key, a => a.Value - startedAt, StringComparer.Ordinal);
        output.WriteLine($"Approve → approved blob  {new Percentiles(Latencies(approvals, approvedAfter)).Summary()}  (Last-Modified, ±1 s)");
        output.WriteLine($"Approve → in year index  {new Percentiles(Latencies(approvals, published.Indexed)).Summary()}");
        var bureauTold = agencies.Where(a => mailbox.ApprovalNotices.ContainsKey(a.Submitter))
            .ToDictionary(a => a.Id, a => mailbox.ApprovalNotices[a.Submitter] - startedAt, StringComparer.Ordinal);
        output.WriteLine($"Approve → bureau mailed  {new Percentiles(Latencies(approvals, bureauTold)).Summary()}  (the review orchestration's last step)");
        var lastTold = bureauTold.Count == 0 ? TimeSpan.Zero : bureauTold.Values.Max();
        output.WriteLine($"Wall time: first submit → last public page {Percentiles.Seconds(lastPage)}, → all in the year index {Percentiles.Seconds(lastIndexed)}, → last bureau mailed {Percentiles.Seconds(lastTold)}");
        output.WriteLine($"Errors: {errors.Count}");
        foreach (var error in errors.Take(10))
        {
            output.WriteLine($"  {error}");
        }
        output.WriteLine($"Storage requests: {total} = {PerReport(total, n)} per report ({string.Join(", ", requests.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {PerReport(r.Value, n)}"))})");

        if (options.Floor)
        {
            var floor = await api.EmptyOrchestrationsAsync(n, cancellationToken);
            var floorEach = (double)floor.DurableRequests / floor.Count;
            output.WriteLine($"Engine floor: {floor.Count} empty orchestrations completed in {floor.CompletedSeconds:0.000} s (scheduled in {floor.ScheduledSeconds:0.000} s), {floorEach.ToString("0.0", CultureInfo.InvariantCulture)} durable storage requests each");
            output.WriteLine($"Durable cost per report: {PerReport(durable, n)} durable storage requests = {((double)durable / n / floorEach).ToString("0.0", CultureInfo.InvariantCulture)} × the empty orchestration");
        }
        output.WriteLine($"Load average after: {loadAfter}");
        return errors.IsEmpty;
    }

    /// <summary>When each approved/{year}/{id}.json of this run was written, from its Last-Modified.</summary>
    async Task<Dictionary<string, DateTimeOffset>> ApprovedAtAsync(string run, CancellationToken cancellationToken)
    {
        var approved = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var container = reports.GetParentBlobServiceClient().GetBlobContainerClient("approved");
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{options.Year}/load-{run}-", cancellationToken))
        {
            approved[Path.GetFileNameWithoutExtension(blob.Name)] = blob.Properties.LastModified ?? DateTimeOffset.MinValue;
        }
        return approved;
    }

    static IEnumerable<TimeSpan> Latencies(IReadOnlyDictionary<string, TimeSpan> from, IReadOnlyDictionary<string, TimeSpan> to) =>
        from.Where(f => to.ContainsKey(f.Key)).Select(f => to[f.Key] - f.Value);

    static string Rate(int count, TimeSpan window) =>
        window > TimeSpan.Zero ? (count / window.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture) : "-";

    static string PerReport(long requests, int reports) => ((double)requests / reports).ToString("0.0", CultureInfo.InvariantCulture);

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
