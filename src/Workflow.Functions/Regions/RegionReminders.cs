using Microsoft.Extensions.Options;
using Workflow.Functions.Notifications;
using Workflow.Functions.Publishing;
using Workflow.Functions.Season;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Regions;

/// <summary>
/// The 政务公开办's reminder to every member of its region that has not submitted: one mail per submitter, at most
/// once a day (send receipts keyed by the China date), so a second click the same day sends nothing.
/// </summary>
public sealed class RegionReminders(RegionMembers members, SeasonBoard board, SendReceipts receipts, IOptions<WorkflowOptions> options, TimeProvider clock)
{
    /// <returns>The members reminded and how many mails went out now.</returns>
    public async Task<(IReadOnlyList<string> Reminded, int Sent)> SendAsync(string governmentId, int year, CancellationToken cancellationToken = default)
    {
        var today = ChinaDates.DateOf(clock.GetUtcNow());
        var listed = (await members.ListAsync(governmentId, cancellationToken)).ToDictionary(m => m.Id);
        var overview = await board.GetAsync(year, a => listed.ContainsKey(a.Id), cancellationToken);
        var reminded = new List<string>();
        var sent = 0;
        foreach (var status in overview.Agencies.Where(s => s.Status == SeasonState.NotSubmitted))
        {
            reminded.Add(status.AgencyId);
            var daysLeft = status.Deadline.DayNumber - today.DayNumber;
            foreach (var to in listed[status.AgencyId].Submitters)
            {
                var message = SeasonEmails.Reminder(to, status, year, daysLeft, options.Value.ApiBaseUrl);
                if (await receipts.SendOnceAsync(new ReportKey(status.AgencyId, year).PartitionKey, $"region-{today:yyyyMMdd}", to, message, cancellationToken))
                {
                    sent++;
                }
            }
        }
        return (reminded, sent);
    }
}
