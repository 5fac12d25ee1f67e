using Workflow.Functions.Storage;

namespace Workflow.Functions.Lifecycle;

/// <summary>
/// The report's lifecycle, the one place that decides how its state changes: 未提交 → 审核中 (stage by stage)
/// → 已批准 → 已发布, with 退回修改 and 已撤回 on the way and corrections of an approved report. Pure: callers
/// read the stored standing, apply an event and store what comes back (under the row's ETag), so that two
/// events at the same moment are ordered and the second is judged against the first one's result.
/// </summary>
public static class ReportLifecycle
{
    public static Transition Apply(ReportStanding current, LifecycleEvent e) => e.Kind switch
    {
        LifecycleEventKind.Submitted => Submit(current, e),
        LifecycleEventKind.Withdrawn => Withdraw(current),
        _ => Decide(current, e),
    };

    private static Transition Submit(ReportStanding current, LifecycleEvent e)
    {
        if (current.State != ReportState.NotSubmitted && e.Revision <= current.Revision)
        {
            return e.Revision == current.Revision && current.State == ReportState.Reviewing
                ? Transition.Again(current)
                : Transition.Refuse(current, 409, "同时有另一份提交", "请稍后查看状态后再提交。");
        }

        if ((current.State == ReportState.Approved || current.Published) && !e.Correction)
        {
            return Transition.Refuse(current, 409, "该年度报告已批准或已发布",
                "如需更正已发布的报告，请在地址后加 ?correction=true（或请求头 X-Correction: true）重新提交，更正稿将重新审核。");
        }

        return Transition.To(current with { State = ReportState.Reviewing, Revision = e.Revision, Stage = 0 });
    }

    private static Transition Withdraw(ReportStanding current) => current.State switch
    {
        ReportState.NotSubmitted => Transition.Refuse(current, 404, "尚未提交该年度报告"),
        ReportState.Withdrawn => Transition.Again(current),
        ReportState.Approved => Transition.Refuse(current, 409, "报告已批准，不能撤回"),
        _ when current.Published => Transition.Refuse(current, 409, "报告已批准，不能撤回"),
        _ => Transition.To(current with { State = ReportState.Withdrawn }),
    };

    /// <summary>A stage's decision (passed, approved, returned) on revision <see cref="LifecycleEvent.Revision"/>.</summary>
    private static Transition Decide(ReportStanding current, LifecycleEvent e)
    {
        if (current.State == ReportState.NotSubmitted)
        {
            return Transition.Refuse(current, 404, "找不到该报告", "此链接对应的报告不存在。");
        }

        if (e.Revision != current.Revision)
        {
            return Transition.Refuse(current, 409, "此稿已被新稿取代",
                $"此决定针对第{e.Revision}稿，提交单位已提交第{current.Revision}稿，本决定未被记录。");
        }

        if (current.State == ReportState.Withdrawn)
        {
            return Transition.Refuse(current, 410, "报告已撤回", $"提交单位已撤回第{e.Revision}稿，无需审核。");
        }

        if (IsDone(current, e))
        {
            return Transition.Again(current);
        }

        if (current.State != ReportState.Reviewing || current.Stage != e.Stage)
        {
            return Transition.Refuse(current, 409, "此审核阶段当前不接受决定",
                $"第{e.Revision}稿当前状态：{ReportStateNames.Chinese(current.Shown)}" + (current.State == ReportState.Reviewing ? $"，正在进行第{current.Stage + 1}级审核。" : "。"));
        }

        return Transition.To(e.Kind switch
        {
            LifecycleEventKind.StagePassed => current with { Stage = e.Stage + 1 },
            LifecycleEventKind.Approved => current with { State = ReportState.Approved },
            _ => current with { State = ReportState.ChangesRequested },
        });
    }

    /// <summary>The decision's effect is what the standing already shows (a retry, a handover by a reminder).</summary>
    private static bool IsDone(ReportStanding current, LifecycleEvent e) => e.Kind switch
    {
        LifecycleEventKind.StagePassed => current.State == ReportState.Reviewing && current.Stage == e.Stage + 1,
        LifecycleEventKind.Approved => current.State == ReportState.Approved,
        _ => current.State == ReportState.ChangesRequested && current.Stage == e.Stage,
    };
}
