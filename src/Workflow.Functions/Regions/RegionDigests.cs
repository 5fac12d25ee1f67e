using Microsoft.Extensions.Logging;
using Workflow.Functions.Notifications;
using Workflow.Functions.Publishing;
using Workflow.Functions.Season;
using Workflow.Functions.Storage;
using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Regions;

/// <summary>
/// With the deadline reminders, 10, 5 and 1 days before the departments' deadline: a mail to each region's admin
/// addresses with where its members stand and a signed link to the region page, once per region, threshold and address.
/// </summary>
public sealed class RegionDigests(SeasonAgencies agencies, AgencyStore store, RegionBoard board, AdminPageLinks links, SendReceipts receipts, TimeProvider clock, ILogger<RegionDigests> logger)
{
    /// <returns>How many mails this run sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaDates.DateOf(clock.GetUtcNow());
        var year = today.Year - 1;
        var daysLeft = new LegalDeadline(AgencyKind.Department, year).Date.DayNumber - today.DayNumber;
        if (DeadlineReminders.DueThreshold(daysLeft) is not { } threshold)
        {
            return 0;
        }

        var sent = 0;
        var governments = (await agencies.ListAsync(cancellationToken)).Select(a => a.Parent).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var governmentId in governments)
        {
            if (await store.GetAsync(governmentId, cancellationToken) is not { Admins.Count: > 0 } government
                || await board.GetAsync(governmentId, year, cancellationToken) is not { } view)
            {
                continue;
            }

            var (url, expires) = links.Issue(AdminPageLinks.RegionPage(governmentId, year));
            foreach (var to in government.Admins)
            {
                if (await receipts.SendOnceAsync(new ReportKey(governmentId, year).PartitionKey, $"region-digest-d{threshold}", to,
                        RegionEmails.Digest(to, view, daysLeft, url, expires), cancellationToken))
                {
                    sent++;
                }
            }
        }

        logger.LogInformation("Season {Year}: {Count} region mails sent on {Today}.", year, sent, today);
        return sent;
    }
}
