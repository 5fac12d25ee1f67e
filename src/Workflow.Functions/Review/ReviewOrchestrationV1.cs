using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Workflow.Functions.Review;

/// <summary>
/// Version 1 of the review, frozen: reviews started before version 2 was deployed replay their histories with
/// this code until they end (see <see cref="ReviewOrchestration"/> and the README's "Orchestration versions").
/// Never change it; it keeps only its replay working against the current activities and events, which stay
/// compatible with it (the desk raises it only decisive decisions, whose outcome it reaches on its own).
/// One review per agency and year (instance id "report-{agencyId}-{year}"), from the first revision to
/// approval or withdrawal. Stages run in order; any reviewer of a stage decides it. A new revision restarts
/// review at stage 1, request-changes waits for one. The last stage's approval has usually taken effect at the
/// review desk already (<see cref="ReviewEvent.ApprovedAtDesk"/>: the report is approved and being published);
/// the orchestration then records it and mails the bureau. Deterministic: no I/O, no DI, no wall clock (all of
/// that is in the activities of <see cref="ReviewActivities"/>).
/// </summary>
public sealed class ReviewOrchestrationV1
{
    public const string Name = "ReviewOrchestration";

    private static TaskOptions RetryOptions(ReviewTiming timing) => TaskOptions.FromRetryPolicy(new RetryPolicy(
        // Enough attempts to outlast a mail claim left by a host that died mid-send (SendReceipts.ClaimLifetime).
        maxNumberOfAttempts: 8,
        firstRetryInterval: timing.RetryInterval,
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromMinutes(10))
    {
        // 4xx answers from the mail service will not get better by retrying.
        HandleFailure = failure => !failure.IsCausedBy<Notifications.PermanentEmailFailureException>(),
    });

    [Function(Name)]
    public Task<ReviewOutcome> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        RunAsync(context, context.GetInput<ReviewInput>() ?? throw new InvalidOperationException($"{Name} needs a ReviewInput."));

    public static async Task<ReviewOutcome> RunAsync(TaskOrchestrationContext context, ReviewInput input)
    {
        var run = new ReviewRun(context, input);
        return await run.RunAsync();
    }

    /// <summary>The state of one run; a class so that the loop reads as a sequence of steps.</summary>
    private sealed class ReviewRun(TaskOrchestrationContext context, ReviewInput input)
    {
        private readonly TaskOptions activityRetry = RetryOptions(input.Timing);
        private readonly HashSet<string> handledDecisions = new(StringComparer.Ordinal);
        private int revision = input.Revision;
        private int stage;
        private bool awaitingRevision;
        private StageAssignment assignment = new(1, []);
        private DateTime stageStarted;
        private DateTime lastNotice;
        private bool escalated;
        private int reminders;
        private int ignored;

        public async Task<ReviewOutcome> RunAsync()
        {
            await StartStageAsync(0);

            // The single, long-lived event wait: only replaced after it completed, never cancelled, so that a
            // reminder timer firing first cannot make an event disappear.
            var nextEvent = context.WaitForExternalEvent<ReviewEvent>(ReviewOrchestration.EventName);
            while (true)
            {
                using var timerCancellation = new CancellationTokenSource();
                var timer = context.CreateTimer(NextTimerDue(), timerCancellation.Token);
                var winner = await Task.WhenAny(nextEvent, timer);
                if (winner == timer)
                {
                    if (await OnTimerAsync() is { } afterTimer)
                    {
                        return afterTimer;
                    }

                    continue;
                }

                // A pending timer would keep the instance alive until it fires.
                timerCancellation.Cancel();
                var reviewEvent = await nextEvent;
                nextEvent = context.WaitForExternalEvent<ReviewEvent>(ReviewOrchestration.EventName);
                if (await OnEventAsync(reviewEvent) is { } outcome)
                {
                    return outcome;
                }
            }
        }

        private DateTime NextTimerDue()
        {
            var reminder = input.Timing.NextReminder(lastNotice);
            if (awaitingRevision || escalated)
            {
                return reminder;
            }

            var escalation = stageStarted + input.Timing.EscalateAfter;
            return escalation < reminder ? escalation : reminder;
        }

        /// <returns>The outcome when a decision the reminder found ended the review, else null.</returns>
        private async Task<ReviewOutcome?> OnTimerAsync()
        {
            var now = context.CurrentUtcDateTime;
            reminders++;
            ReviewEvent? recorded = null;
            if (awaitingRevision)
            {
                await context.CallActivityAsync<bool>(ReviewActivityNames.RemindSubmitters, Notice(NoticeKind.Reminder), activityRetry);
            }
            else if (!escalated && now >= stageStarted + input.Timing.EscalateAfter)
            {
                escalated = true;
                await context.CallActivityAsync<bool>(ReviewActivityNames.NotifyEscalation, Notice(NoticeKind.Reminder), activityRetry);
            }
            else
            {
                assignment = await context.CallActivityAsync<StageAssignment>(ReviewActivityNames.SendStageNotice, Notice(NoticeKind.Reminder), activityRetry);
                recorded = assignment.Recorded;
            }

            lastNotice = now;
            Publish();
            return recorded is null ? null : await OnEventAsync(recorded);
        }

        /// <returns>The outcome when the review is over, null to go on waiting.</returns>
        private async Task<ReviewOutcome?> OnEventAsync(ReviewEvent reviewEvent)
        {
            switch (reviewEvent.Kind)
            {
                case ReviewEventKind.Revision when reviewEvent.Revision > revision:
                    revision = reviewEvent.Revision;
                    awaitingRevision = false;
                    await StartStageAsync(0);
                    return null;

                case ReviewEventKind.Withdrawal when reviewEvent.Revision >= revision:
                    await context.CallActivityAsync<bool>(ReviewActivityNames.CloseWithdrawn, new RevisionRef(input.AgencyId, input.Year, revision, stage), activityRetry);
                    return new ReviewOutcome(Approved: false, revision);

                case ReviewEventKind.Decision:
                    return await OnDecisionAsync(reviewEvent);

                // Added after the first release: histories of reviews in flight never hold this event, so
                // their replay is unchanged; a stage not open any more (or a returned draft) ignores it.
                case ReviewEventKind.StagesChanged when !awaitingRevision && reviewEvent.Revision == revision && reviewEvent.Stage == stage:
                    assignment = await context.CallActivityAsync<StageAssignment>(
                        ReviewActivityNames.TellAddedReviewers,
                        new ReviewerChange(input.AgencyId, input.Year, revision, stage, reviewEvent.Reviewers ?? []),
                        activityRetry);
                    Publish();
                    return null;

                default:
                    await IgnoreAsync(reviewEvent, "stale");
                    return null;
            }
        }

        private async Task<ReviewOutcome?> OnDecisionAsync(ReviewEvent decision)
        {
            if (decision.DecisionId is null || !handledDecisions.Add(decision.DecisionId))
            {
                await IgnoreAsync(decision, "duplicate");
                return null;
            }

            if (decision.ApprovedAtDesk && decision.Revision == revision)
            {
                return await ApproveAsync(decision);
            }

            if (awaitingRevision || decision.Revision != revision || decision.Stage != stage)
            {
                await IgnoreAsync(decision, "stale");
                return null;
            }

            if (!assignment.Reviewers.Contains(decision.Reviewer ?? "", StringComparer.OrdinalIgnoreCase))
            {
                await IgnoreAsync(decision, "not a reviewer of this stage");
                return null;
            }

            if (decision.Verdict == ReviewVerdict.RequestChanges)
            {
                await context.CallActivityAsync<bool>(
                    ReviewActivityNames.NotifyChangesRequested,
                    new DecisionNotice(input.AgencyId, input.Year, revision, stage, decision.Reviewer!, decision.Comment ?? ""),
                    activityRetry);
                awaitingRevision = true;
                lastNotice = context.CurrentUtcDateTime;
                Publish();
                return null;
            }

            if (stage + 1 < assignment.StageCount)
            {
                await StartStageAsync(stage + 1);
                return null;
            }

            return await ApproveAsync(decision);
        }

        private async Task<ReviewOutcome?> ApproveAsync(ReviewEvent decision)
        {
            var approved = await context.CallActivityAsync<bool>(
                ReviewActivityNames.ApproveReport, new RevisionRef(input.AgencyId, input.Year, revision, decision.Stage), activityRetry);
            if (approved)
            {
                return new ReviewOutcome(Approved: true, revision);
            }

            // A newer revision was stored, or the report withdrawn, in the meantime: that event is on the way.
            await IgnoreAsync(decision, "superseded or withdrawn while approving");
            return null;
        }

        private async Task StartStageAsync(int next)
        {
            stage = next;
            assignment = await context.CallActivityAsync<StageAssignment>(ReviewActivityNames.SendStageNotice, Notice(NoticeKind.Request), activityRetry);
            stageStarted = lastNotice = context.CurrentUtcDateTime;
            escalated = false;
            Publish();
        }

        private async Task IgnoreAsync(ReviewEvent reviewEvent, string reason)
        {
            ignored++;
            await context.CallActivityAsync<bool>(
                ReviewActivityNames.RecordReviewStep,
                new ReviewStep(input.AgencyId, input.Year, reviewEvent.Revision, reviewEvent.Stage, "event-ignored", reviewEvent.Reviewer ?? "",
                    $"{reviewEvent.Kind} ignored ({reason}); current revision {revision}, stage {stage + 1}"),
                activityRetry);
            Publish();
        }

        private StageNotice Notice(NoticeKind kind) => new(input.AgencyId, input.Year, revision, stage, kind, reminders);

        private void Publish() =>
            context.SetCustomStatus(new ReviewProgress(revision, stage, awaitingRevision, reminders, escalated, ignored));
    }
}
