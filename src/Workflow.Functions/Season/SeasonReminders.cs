using Microsoft.Azure.Functions.Worker;

namespace Workflow.Functions.Season;

/// <summary>Daily at 01:00 UTC (09:00 China time, the start of the working day): deadline reminders.</summary>
public sealed class SeasonReminders(DeadlineReminders reminders)
{
    public const string Schedule = "0 0 1 * * *";

    [Function(nameof(SeasonReminders))]
    public async Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        await reminders.SendDueAsync(cancellationToken);
}
