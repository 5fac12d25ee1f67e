using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Functions.Notifications;
using Workflow.Functions.Publishing;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Season;

/// <summary>
/// Reminds the submitters of agencies that have not submitted for the season's year (the year before the
/// current China date) 10, 5 and 1 days before their legal deadline, once per agency, threshold and address
/// (send receipts). A day the timer missed is caught up on the next run with the threshold then due.
/// </summary>
public sealed class DeadlineReminders(SeasonAgencies agencies, SeasonBoard board, SendReceipts receipts, IOptions<WorkflowOptions> options, TimeProvider clock, ILogger<DeadlineReminders> logger)
{
    public static readonly IReadOnlyList<int> Thresholds = [1, 5, 10];

    /// <summary>The threshold whose reminder is due with <paramref name="daysLeft"/> days to go, if any.</summary>
    public static int? DueThreshold(int daysLeft) =>
        daysLeft < 0 ? null : Thresholds.Where(t => daysLeft <= t).Cast<int?>().FirstOrDefault();

    /// <returns>How many mails this run sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaDates.DateOf(clock.GetUtcNow());
        var year = today.Year - 1;
        var overview = await board.GetAsync(year, cancellationToken);
        var submittersOf = (await agencies.ListAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Submitters);
        var sent = 0;
        foreach (var status in overview.Agencies.Where(s => s.Status == SeasonState.NotSubmitted))
        {
            var daysLeft = status.Deadline.DayNumber - today.DayNumber;
            if (DueThreshold(daysLeft) is not { } threshold || !submittersOf.TryGetValue(status.AgencyId, out var submitters))
            {
                continue;
            }
            foreach (var to in submitters)
            {
                var message = SeasonEmails.Reminder(to, status, year, daysLeft, options.Value.ApiBaseUrl);
                if (await receipts.SendOnceAsync(new ReportKey(status.AgencyId, year).PartitionKey, $"season-d{threshold}", to, message, cancellationToken))
                {
                    sent++;
                }
            }
        }
        logger.LogInformation("Season {Year}: {Count} deadline reminders sent on {Today}.", year, sent, today);
        return sent;
    }
}
