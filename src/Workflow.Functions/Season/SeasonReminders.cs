using Microsoft.Azure.Functions.Worker;
using Workflow.Functions.Regions;

namespace Workflow.Functions.Season;

/// <summary>Daily at 01:00 UTC (09:00 China time, the start of the working day): deadline reminders, then the regions' mails.</summary>
public sealed class SeasonReminders(DeadlineReminders reminders, RegionDigests digests)
{
    public const string Schedule = "0 0 1 * * *";

    [Function(nameof(SeasonReminders))]
    public async Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await reminders.SendDueAsync(cancellationToken);
        await digests.SendDueAsync(cancellationToken);
    }
}
