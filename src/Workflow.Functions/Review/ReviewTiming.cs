namespace Workflow.Functions.Review;

/// <summary>
/// The clock of a review, fixed when the orchestration starts (options are read outside the orchestrator,
/// which must stay deterministic; tests pass seconds instead of days).
/// </summary>
public sealed record ReviewTiming(
    TimeSpan ReminderInterval,
    TimeSpan EscalateAfter,
    TimeSpan UrgentReminderInterval,
    TimeSpan UrgentWindow,
    DateTime DeadlineUtc,
    TimeSpan? ActivityRetryInterval = null)
{
    /// <summary>Reviews started before the interval was configurable retry after 15 seconds.</summary>
    public TimeSpan RetryInterval => ActivityRetryInterval ?? TimeSpan.FromSeconds(15);

    /// <summary>
    /// When to send the next reminder after one sent at <paramref name="lastNotice"/>: every
    /// <see cref="ReminderInterval"/>, more often once within <see cref="UrgentWindow"/> of the deadline.
    /// </summary>
    public static ReviewTiming From(WorkflowOptions options, DateTimeOffset deadline) => new(
        options.ReminderInterval,
        options.EscalateAfter,
        options.UrgentReminderInterval,
        options.UrgentWindow,
        deadline.UtcDateTime,
        options.ActivityRetryInterval);

    public DateTime NextReminder(DateTime lastNotice)
    {
        var regular = lastNotice + ReminderInterval;
        var urgentFrom = DeadlineUtc - UrgentWindow;
        var urgentInterval = UrgentReminderInterval < ReminderInterval ? UrgentReminderInterval : ReminderInterval;
        if (regular <= urgentFrom)
        {
            return regular;
        }

        var urgent = lastNotice + urgentInterval;
        var earliest = urgent > urgentFrom ? urgent : urgentFrom;
        return earliest < regular ? earliest : regular;
    }
}
