using Workflow.Functions.Review;

namespace Workflow.Functions.Lifecycle;

/// <summary>
/// Decides what reviewers' verdicts do to a stage, given the agency's stages, the submitters and the grants
/// recorded on the stage: who may decide (a reviewer of the stage; a submitter of the agency may return the draft
/// but never approve it), and when the stage is passed (its rule), approved (the last stage passed) or returned
/// (any request for changes, at once). Pure; the desk, the reminders and the orchestration's activities all ask it.
/// </summary>
public static class ReviewPolicy
{
    public const string SubmitterRefusalTitle = "提交人不能批准本单位的报告";

    /// <summary>Null when <paramref name="reviewer"/> is a reviewer of the stage in the current registration, else the refusal (403).</summary>
    public static Transition? NotReviewer(IReadOnlyList<ReviewStage> stages, int stage, string reviewer, ReportStanding current) =>
        stage < stages.Count && stages[stage].IsReviewer(reviewer)
            ? null
            : Transition.Refuse(current, 403, "您已不是本级审核人", $"{reviewer} 已不在第{stage + 1}级审核人之列（该单位的审核人已调整），本次未做任何更改。");

    /// <summary>Null when <paramref name="reviewer"/> may give <paramref name="verdict"/> on the stage, else the refusal (403).</summary>
    public static Transition? Refusal(
        IReadOnlyList<ReviewStage> stages, int stage, IReadOnlyList<string> submitters, string reviewer, ReviewVerdict verdict, ReportStanding current)
    {
        if (NotReviewer(stages, stage, reviewer, current) is { } notReviewer)
        {
            return notReviewer;
        }

        if (verdict == ReviewVerdict.Approve && IsSubmitter(submitters, reviewer))
        {
            return Transition.Refuse(current, 403, SubmitterRefusalTitle,
                $"{reviewer} 是本单位报告的提交人。提交人即使同时列为审核人，也不能批准自己单位的报告；如发现问题，可以退回修改。本次拒绝已记入审核记录。");
        }

        return null;
    }

    /// <summary>What the grants recorded on stage <paramref name="stage"/> amount to.</summary>
    public static StageVerdict Weigh(IReadOnlyList<ReviewStage> stages, int stage, IReadOnlyList<string> submitters, IReadOnlyList<Grant> grants)
    {
        var terms = stages[Math.Min(stage, stages.Count - 1)];
        var approvers = terms.Reviewers.Where(r => !IsSubmitter(submitters, r)).ToList();
        var required = Math.Max(1, terms.Rule.Required(approvers.Count));
        // Only the current reviewers count, each once (the first of their grants), in the order they decided.
        var counted = grants
            .Where(g => terms.IsReviewer(g.Reviewer) && !(g.Verdict == ReviewVerdict.Approve && IsSubmitter(submitters, g.Reviewer)))
            .GroupBy(g => g.Reviewer, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(x => x.At).First())
            .OrderBy(g => g.At)
            .ThenBy(g => g.Reviewer, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var due = approvers.Where(a => !counted.Any(g => string.Equals(g.Reviewer, a, StringComparison.OrdinalIgnoreCase))).ToList();
        var approvals = new List<Grant>();
        foreach (var grant in counted)
        {
            if (grant.Verdict == ReviewVerdict.RequestChanges)
            {
                return new StageVerdict(StageOutcome.Returned, [grant], counted, due, required);
            }

            approvals.Add(grant);
            if (approvals.Count >= required)
            {
                var outcome = stage + 1 < stages.Count ? StageOutcome.Passed : StageOutcome.Approved;
                return new StageVerdict(outcome, approvals, counted, due, required);
            }
        }

        return new StageVerdict(StageOutcome.Open, [], counted, due, required);
    }

    /// <summary>Whether a stage can ever pass: enough reviewers who are not submitters for its rule.</summary>
    public static string? Unpassable(ReviewStage stage, IReadOnlyList<string> submitters, int index)
    {
        var approvers = stage.Reviewers.Count(r => !IsSubmitter(submitters, r));
        if (approvers == 0)
        {
            return $"第{index + 1}级审核人均为提交人；提交人不能批准本单位的报告，请至少列一位不是提交人的审核人。";
        }

        return stage.Rule.Kind == StageRuleKind.Min && stage.Rule.Min > approvers
            ? $"第{index + 1}级要求{stage.Rule.Min}位批准，但只有{approvers}位审核人可以批准（提交人不能批准）。"
            : null;
    }

    private static bool IsSubmitter(IReadOnlyList<string> submitters, string address) => submitters.Contains(address, StringComparer.OrdinalIgnoreCase);
}
