using Workflow.Functions.Review;

namespace Workflow.Functions.Tests.Review;

public sealed class ReviewTimingTests
{
    private static readonly DateTime Deadline = new(2024, 1, 31, 16, 0, 0, DateTimeKind.Utc);

    private static readonly ReviewTiming Timing = new(TimeSpan.FromDays(2), TimeSpan.FromDays(5), TimeSpan.FromDays(1), TimeSpan.FromDays(5), Deadline);

    [Fact]
    public void Far_from_the_deadline_reminders_follow_the_regular_interval()
    {
        var sent = new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(sent.AddDays(2), Timing.NextReminder(sent));
    }

    [Fact]
    public void Inside_the_last_five_days_reminders_come_daily()
    {
        var sent = Deadline.AddDays(-3);
        Assert.Equal(sent.AddDays(1), Timing.NextReminder(sent));
    }

    [Fact]
    public void A_regular_reminder_that_would_fall_inside_the_window_comes_when_the_window_opens()
    {
        var sent = Deadline.AddDays(-6.5);
        Assert.Equal(Deadline.AddDays(-5), Timing.NextReminder(sent));
    }
}
