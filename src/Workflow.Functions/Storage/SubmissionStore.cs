using Azure;
using Azure.Data.Tables;
using Workflow.Functions.Lifecycle;

namespace Workflow.Functions.Storage;

/// <summary>The submissions table: a head row per report and a row per revision.</summary>
public sealed class SubmissionStore(TableServiceClient tables, TimeProvider clock)
{
    private const int MaxConcurrencyRetries = 5;

    private TableClient Table => tables.GetTableClient(StorageNames.SubmissionsTable);

    public async Task<ReportEntity?> GetReportAsync(ReportKey key, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<ReportEntity>(key.PartitionKey, ReportEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    public async Task<RevisionEntity?> GetRevisionAsync(ReportKey key, int revision, CancellationToken cancellationToken = default)
    {
        var response = await Table.GetEntityIfExistsAsync<RevisionEntity>(key.PartitionKey, RevisionEntity.RowKeyOf(revision), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>The head rows of every year of one agency.</summary>
    public async Task<IReadOnlyList<(ReportKey Key, ReportEntity Head)>> ListReportsAsync(string agencyId, CancellationToken cancellationToken = default)
    {
        var heads = new List<(ReportKey, ReportEntity)>();
        var (from, to) = ($"{agencyId}-0000", $"{agencyId}-9999");
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey le {to} and RowKey eq {ReportEntity.Row}");
        await foreach (var row in Table.QueryAsync<ReportEntity>(filter, cancellationToken: cancellationToken))
        {
            // "a-1x-2023" (agency a-1x) sorts within a's range too: only a four-digit year after the id is a's.
            var year = row.PartitionKey[(agencyId.Length + 1)..];
            if (year.Length == 4 && year.All(char.IsAsciiDigit))
            {
                heads.Add((new ReportKey(agencyId, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)), row));
            }
        }

        return heads;
    }

    public async Task<IReadOnlyList<RevisionEntity>> ListRevisionsAsync(ReportKey key, CancellationToken cancellationToken = default)
    {
        var rows = new List<RevisionEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key.PartitionKey} and RowKey ge 'r0000' and RowKey le 'r9999'");
        await foreach (var row in Table.QueryAsync<RevisionEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return [.. rows.OrderBy(r => r.Revision)];
    }

    /// <summary>
    /// Claims revision number n for a submission (insert-if-absent of its row): of two concurrent submissions
    /// only one gets a number. The revision is not visible until <see cref="PublishRevisionAsync"/>.
    /// </summary>
    public async Task<bool> TryClaimRevisionAsync(ReportKey key, RevisionEntity revision, CancellationToken cancellationToken = default)
    {
        revision.PartitionKey = key.PartitionKey;
        revision.RowKey = RevisionEntity.RowKeyOf(revision.Revision);
        try
        {
            await Table.AddEntityAsync(revision, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives up a claimed revision whose files could not be stored, so that the number can be used again.</summary>
    public Task ReleaseRevisionAsync(ReportKey key, int revision, CancellationToken cancellationToken = default) =>
        Table.DeleteEntityAsync(key.PartitionKey, RevisionEntity.RowKeyOf(revision), ETag.All, cancellationToken);

    /// <summary>
    /// Applies a lifecycle event to the report's head row: the only way a report's state changes. The row is read,
    /// <see cref="ReportLifecycle"/> judges the event against it, and an allowed change is written under the row's
    /// ETag (read again and judged again when another write came in between).
    /// </summary>
    /// <param name="published">Whether a revision of the report is on the public site (see <see cref="ReportStanding.Published"/>).</param>
    public async Task<Transition> ApplyAsync(ReportKey key, LifecycleEvent lifecycleEvent, bool published = false, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            var head = await GetReportAsync(key, cancellationToken);
            var transition = ReportLifecycle.Apply(ReportEntity.StandingOf(head, published), lifecycleEvent);
            if (!transition.Changes)
            {
                return transition;
            }

            var next = head ?? new ReportEntity { PartitionKey = key.PartitionKey };
            next.LatestRevision = transition.Next.Revision;
            next.ReportState = transition.Next.State;
            next.Stage = transition.Next.Stage;
            next.UpdatedAt = clock.GetUtcNow();
            try
            {
                if (head is null)
                {
                    await Table.AddEntityAsync(next, cancellationToken);
                }
                else
                {
                    await Table.UpdateEntityAsync(next, head.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return transition;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // The head row changed in between: judge the event again against what it is now.
            }
        }

        throw new InvalidOperationException($"The state of {key} keeps changing concurrently.");
    }
}
