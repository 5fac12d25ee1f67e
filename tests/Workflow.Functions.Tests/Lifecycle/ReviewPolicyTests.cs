using Workflow.Functions.Lifecycle;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Tests.Lifecycle;

/// <summary>What verdicts do to a stage by its rule, without storage.</summary>
public sealed class ReviewPolicyTests
{
    private static readonly string[] Three = ["a@x.test", "b@x.test", "c@x.test"];
    private static readonly string[] Submitters = ["clerk@x.test"];
    private static readonly DateTimeOffset T0 = new(2024, 1, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Under_rule_any_the_first_approval_passes_the_stage()
    {
        var verdict = Weigh(StageRule.Any, Approve("b@x.test", 1));

        Assert.Equal(StageOutcome.Passed, verdict.Outcome);
        Assert.Equal("b@x.test", Assert.Single(verdict.Deciding).Reviewer);
    }

    [Fact]
    public void Under_rule_all_two_approvals_of_three_leave_the_stage_open_with_the_third_due()
    {
        var verdict = Weigh(StageRule.All, Approve("a@x.test", 1), Approve("c@x.test", 2));

        Assert.Equal(StageOutcome.Open, verdict.Outcome);
        Assert.Equal(["b@x.test"], verdict.Due);
        Assert.Equal(3, verdict.Required);
    }

    [Fact]
    public void Under_rule_all_the_third_approval_passes_the_stage()
    {
        var verdict = Weigh(StageRule.All, Approve("a@x.test", 1), Approve("c@x.test", 2), Approve("b@x.test", 3));

        Assert.Equal(StageOutcome.Passed, verdict.Outcome);
        Assert.Equal(3, verdict.Deciding.Count);
    }

    [Fact]
    public void Two_of_three_pass_on_the_second_approval()
    {
        Assert.Equal(StageOutcome.Open, Weigh(StageRule.AtLeast(2), Approve("a@x.test", 1)).Outcome);
        Assert.Equal(StageOutcome.Passed, Weigh(StageRule.AtLeast(2), Approve("a@x.test", 1), Approve("b@x.test", 2)).Outcome);
    }

    [Fact]
    public void A_request_for_changes_returns_the_draft_at_once_whatever_the_rule()
    {
        var verdict = Weigh(StageRule.All, Approve("a@x.test", 1), Changes("b@x.test", 2));

        Assert.Equal(StageOutcome.Returned, verdict.Outcome);
        Assert.Equal("b@x.test", Assert.Single(verdict.Deciding).Reviewer);
    }

    [Fact]
    public void The_last_stage_passed_approves_the_report()
    {
        var stages = new[] { new ReviewStage(["first@x.test"], StageRule.Any, []), new ReviewStage(Three, StageRule.AtLeast(2), []) };

        var verdict = ReviewPolicy.Weigh(stages, 1, Submitters, [Approve("a@x.test", 1), Approve("c@x.test", 2)]);

        Assert.Equal(StageOutcome.Approved, verdict.Outcome);
    }

    [Fact]
    public void A_submitter_listed_as_reviewer_may_not_approve_but_may_return_the_draft()
    {
        var stages = new[] { new ReviewStage(["clerk@x.test", "a@x.test"], StageRule.Any, []) };
        var reviewing = new ReportStanding(ReportState.Reviewing, 1, 0);

        var approval = ReviewPolicy.Refusal(stages, 0, Submitters, "clerk@x.test", ReviewVerdict.Approve, reviewing);
        var changes = ReviewPolicy.Refusal(stages, 0, Submitters, "clerk@x.test", ReviewVerdict.RequestChanges, reviewing);

        Assert.Equal(403, approval!.Status);
        Assert.Equal("提交人不能批准本单位的报告", approval.Title);
        Assert.Null(changes);
    }

    [Fact]
    public void Under_rule_all_a_submitter_listed_as_reviewer_is_not_waited_for()
    {
        var stages = new[] { new ReviewStage(["clerk@x.test", "a@x.test"], StageRule.All, []) };

        var verdict = ReviewPolicy.Weigh(stages, 0, Submitters, [Approve("a@x.test", 1)]);

        Assert.Equal(StageOutcome.Approved, verdict.Outcome);
    }

    [Fact]
    public void A_reviewer_removed_from_the_stage_neither_decides_nor_counts()
    {
        var stages = new[] { new ReviewStage(Three, StageRule.AtLeast(2), []) };
        var reviewing = new ReportStanding(ReportState.Reviewing, 1, 0);

        Assert.Equal("您已不是本级审核人", ReviewPolicy.Refusal(stages, 0, Submitters, "gone@x.test", ReviewVerdict.Approve, reviewing)!.Title);
        Assert.Equal(StageOutcome.Open, ReviewPolicy.Weigh(stages, 0, Submitters, [Approve("gone@x.test", 1), Approve("a@x.test", 2)]).Outcome);
    }

    [Fact]
    public void A_stage_only_submitters_could_approve_is_reported_as_unpassable()
    {
        Assert.NotNull(ReviewPolicy.Unpassable(new ReviewStage(["clerk@x.test"], StageRule.Any, []), Submitters, 0));
        Assert.NotNull(ReviewPolicy.Unpassable(new ReviewStage(["clerk@x.test", "a@x.test"], StageRule.AtLeast(2), []), Submitters, 0));
        Assert.Null(ReviewPolicy.Unpassable(new ReviewStage(Three, StageRule.AtLeast(2), []), Submitters, 0));
    }

    private static StageVerdict Weigh(StageRule rule, params Grant[] grants) =>
        ReviewPolicy.Weigh([new ReviewStage(Three, rule, []), new ReviewStage(["next@x.test"], StageRule.Any, [])], 0, Submitters, grants);

    private static Grant Approve(string reviewer, int minute) => new(reviewer, ReviewVerdict.Approve, T0.AddMinutes(minute));

    private static Grant Changes(string reviewer, int minute) => new(reviewer, ReviewVerdict.RequestChanges, T0.AddMinutes(minute));
}
