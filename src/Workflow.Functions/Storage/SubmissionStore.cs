using Azure;
using Azure.Data.Tables;

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

    /// <summary>Makes a claimed, stored revision the latest one, in review from stage 1.</summary>
    /// <returns>
    /// False when a later revision is already the latest, or when the report was approved since the submission
    /// looked (the review desk approves at the reviewer's click) and this revision is not a correction.
    /// </returns>
    public async Task<bool> PublishRevisionAsync(ReportKey key, int revision, bool correction, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            var head = await GetReportAsync(key, cancellationToken);
            if (head is not null && (head.LatestRevision >= revision || (head.ReportState == ReportState.Approved && !correction)))
            {
                return false;
            }

            var next = head ?? new ReportEntity { PartitionKey = key.PartitionKey };
            next.LatestRevision = revision;
            next.ReportState = ReportState.Reviewing;
            next.Stage = 0;
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

                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // The head row changed in between (the review advanced a stage): read it again.
            }
        }

        throw new InvalidOperationException($"The state of {key} keeps changing concurrently.");
    }

    /// <summary>
    /// Writes <paramref name="head"/> back if nobody changed the row since it was read (its ETag); on success
    /// <paramref name="head"/> carries the new ETag, so that the caller can undo its change the same way.
    /// </summary>
    /// <returns>False when the row changed in between.</returns>
    public async Task<bool> TryReplaceAsync(ReportEntity head, CancellationToken cancellationToken = default)
    {
        head.UpdatedAt = clock.GetUtcNow();
        try
        {
            var response = await Table.UpdateEntityAsync(head, head.ETag, TableUpdateMode.Replace, cancellationToken);
            head.ETag = response.Headers.ETag ?? throw new InvalidOperationException("The table service answered an update without an ETag.");
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the head row if revision <paramref name="revision"/> is still the
    /// latest (a superseded revision's late steps must not overwrite the newer one's state).
    /// </summary>
    /// <returns>False when the revision was superseded or <paramref name="change"/> declined.</returns>
    public async Task<bool> UpdateIfLatestAsync(ReportKey key, int revision, Func<ReportEntity, bool> change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            var head = await GetReportAsync(key, cancellationToken);
            if (head is null || head.LatestRevision != revision || !change(head))
            {
                return false;
            }

            head.UpdatedAt = clock.GetUtcNow();
            try
            {
                await Table.UpdateEntityAsync(head, head.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Someone else changed the row in between: read it again.
            }
        }

        throw new InvalidOperationException($"The state of {key} keeps changing concurrently.");
    }
}
