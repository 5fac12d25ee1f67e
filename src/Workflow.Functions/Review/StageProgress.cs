using Workflow.Functions.Lifecycle;

namespace Workflow.Functions.Review;

/// <summary>Who has decided an open stage and who is still due, as the review page and the reminders say it.</summary>
public sealed record StageProgress(string Rule, IReadOnlyList<Grant> Decided, IReadOnlyList<string> Due, int Required)
{
    public static StageProgress Of(ReviewStage stage, StageVerdict verdict) =>
        new(stage.Rule.Chinese(verdict.Decided.Count + verdict.Due.Count), verdict.Decided, verdict.Due, verdict.Required);

    /// <summary>"本级还需 1 位审核人批准；尚待：a@x、b@x。"</summary>
    public static string Waiting(StageVerdict verdict)
    {
        var approvals = verdict.Decided.Count(g => g.Verdict == ReviewVerdict.Approve);
        return $"本级已有{approvals}位批准，还需{verdict.Required - approvals}位审核人批准；尚待：{string.Join("、", verdict.Due)}。";
    }

    /// <summary>"已决定：a@x（批准，时间）；尚待：b@x" for mails and the page.</summary>
    public string Line()
    {
        var decided = Decided.Count == 0 ? "暂无" : string.Join("、", Decided.Select(g => $"{g.Reviewer}（{(g.Verdict == ReviewVerdict.Approve ? "批准" : "退回修改")}，{ChinaTime.Format(g.At)}）"));
        var due = Due.Count == 0 ? "无" : string.Join("、", Due);
        return $"{Rule}。已决定：{decided}；尚待：{due}。";
    }
}
