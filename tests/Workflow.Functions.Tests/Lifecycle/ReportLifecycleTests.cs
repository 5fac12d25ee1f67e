using Workflow.Functions.Lifecycle;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Tests.Lifecycle;

/// <summary>
/// Every state of a report against every event, without storage: allowed (and to what), refused (with which
/// status and Chinese title) or an idempotent repeat. Revision 2 is the latest; decisions are on stage 1 (0-based)
/// of 2 stages.
/// </summary>
public sealed class ReportLifecycleTests
{
    private const int Latest = 2;

    public static IReadOnlyDictionary<string, ReportStanding> States { get; } = new Dictionary<string, ReportStanding>
    {
        ["未提交"] = ReportStanding.NotSubmitted,
        ["审核中"] = new(ReportState.Reviewing, Latest, 1),
        ["退回修改"] = new(ReportState.ChangesRequested, Latest, 1),
        ["已批准"] = new(ReportState.Approved, Latest, 1),
        ["已发布"] = new(ReportState.Approved, Latest, 1, Published: true),
        ["已撤回"] = new(ReportState.Withdrawn, Latest, 1),
    };

    public static IReadOnlyDictionary<string, LifecycleEvent> Events { get; } = new Dictionary<string, LifecycleEvent>
    {
        ["submit r3"] = LifecycleEvent.Submit(3, correction: false),
        ["submit r3 correction"] = LifecycleEvent.Submit(3, correction: true),
        ["submit r2 again"] = LifecycleEvent.Submit(Latest, correction: false),
        ["withdraw"] = LifecycleEvent.Withdraw(Latest),
        ["pass stage 1"] = LifecycleEvent.PassStage(Latest, 1),
        ["pass stage 0 again"] = LifecycleEvent.PassStage(Latest, 0),
        ["approve"] = LifecycleEvent.Approve(Latest, 1),
        ["request changes"] = LifecycleEvent.ReturnForChanges(Latest, 1),
        ["decide superseded r1"] = LifecycleEvent.Approve(1, 1),
    };

    /// <summary>"→ state stage", "repeat", or "refused status title".</summary>
    public static TheoryData<string, string, string> Table { get; } = new()
    {
        { "未提交", "submit r3", "→ 审核中 0" },
        { "未提交", "submit r3 correction", "→ 审核中 0" },
        { "未提交", "submit r2 again", "→ 审核中 0" },
        { "未提交", "withdraw", "refused 404 尚未提交该年度报告" },
        { "未提交", "pass stage 1", "refused 404 找不到该报告" },
        { "未提交", "pass stage 0 again", "refused 404 找不到该报告" },
        { "未提交", "approve", "refused 404 找不到该报告" },
        { "未提交", "request changes", "refused 404 找不到该报告" },
        { "未提交", "decide superseded r1", "refused 404 找不到该报告" },

        { "审核中", "submit r3", "→ 审核中 0" },
        { "审核中", "submit r3 correction", "→ 审核中 0" },
        { "审核中", "submit r2 again", "repeat" },
        { "审核中", "withdraw", "→ 已撤回 1" },
        { "审核中", "pass stage 1", "→ 审核中 2" },
        { "审核中", "pass stage 0 again", "repeat" },
        { "审核中", "approve", "→ 已批准 1" },
        { "审核中", "request changes", "→ 退回修改 1" },
        { "审核中", "decide superseded r1", "refused 409 此稿已被新稿取代" },

        { "退回修改", "submit r3", "→ 审核中 0" },
        { "退回修改", "submit r3 correction", "→ 审核中 0" },
        { "退回修改", "submit r2 again", "refused 409 同时有另一份提交" },
        { "退回修改", "withdraw", "→ 已撤回 1" },
        { "退回修改", "pass stage 1", "refused 409 此审核阶段当前不接受决定" },
        { "退回修改", "pass stage 0 again", "refused 409 此审核阶段当前不接受决定" },
        { "退回修改", "approve", "refused 409 此审核阶段当前不接受决定" },
        { "退回修改", "request changes", "repeat" },
        { "退回修改", "decide superseded r1", "refused 409 此稿已被新稿取代" },

        { "已批准", "submit r3", "refused 409 该年度报告已批准或已发布" },
        { "已批准", "submit r3 correction", "→ 审核中 0" },
        { "已批准", "submit r2 again", "refused 409 同时有另一份提交" },
        { "已批准", "withdraw", "refused 409 报告已批准，不能撤回" },
        { "已批准", "pass stage 1", "refused 409 此审核阶段当前不接受决定" },
        { "已批准", "pass stage 0 again", "refused 409 此审核阶段当前不接受决定" },
        { "已批准", "approve", "repeat" },
        { "已批准", "request changes", "refused 409 此审核阶段当前不接受决定" },
        { "已批准", "decide superseded r1", "refused 409 此稿已被新稿取代" },

        { "已发布", "submit r3", "refused 409 该年度报告已批准或已发布" },
        { "已发布", "submit r3 correction", "→ 审核中 0" },
        { "已发布", "submit r2 again", "refused 409 同时有另一份提交" },
        { "已发布", "withdraw", "refused 409 报告已批准，不能撤回" },
        { "已发布", "pass stage 1", "refused 409 此审核阶段当前不接受决定" },
        { "已发布", "pass stage 0 again", "refused 409 此审核阶段当前不接受决定" },
        { "已发布", "approve", "repeat" },
        { "已发布", "request changes", "refused 409 此审核阶段当前不接受决定" },
        { "已发布", "decide superseded r1", "refused 409 此稿已被新稿取代" },

        { "已撤回", "submit r3", "→ 审核中 0" },
        { "已撤回", "submit r3 correction", "→ 审核中 0" },
        { "已撤回", "submit r2 again", "refused 409 同时有另一份提交" },
        { "已撤回", "withdraw", "repeat" },
        { "已撤回", "pass stage 1", "refused 410 报告已撤回" },
        { "已撤回", "pass stage 0 again", "refused 410 报告已撤回" },
        { "已撤回", "approve", "refused 410 报告已撤回" },
        { "已撤回", "request changes", "refused 410 报告已撤回" },
        { "已撤回", "decide superseded r1", "refused 409 此稿已被新稿取代" },
    };

    [Fact]
    public void The_table_covers_every_state_and_event()
    {
        var covered = Table.Select(row => ((string)row[0], (string)row[1])).ToHashSet();

        Assert.Equal(Enum.GetValues<ReportState>().Length, States.Values.Select(s => s.Shown).Distinct().Count());
        Assert.Equal(Enum.GetValues<LifecycleEventKind>().Length, Events.Values.Select(e => e.Kind).Distinct().Count());
        Assert.All(States.Keys.SelectMany(s => Events.Keys.Select(e => (s, e))), pair => Assert.Contains(pair, covered));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void An_event_in_a_state_is_allowed_refused_or_a_repeat(string state, string lifecycleEvent, string expected)
    {
        var transition = ReportLifecycle.Apply(States[state], Events[lifecycleEvent]);

        Assert.Equal(expected, Describe(transition));
    }

    [Fact]
    public void A_repeat_and_a_refusal_leave_the_standing_as_it_was()
    {
        var reviewing = States["审核中"];

        Assert.Equal(reviewing, ReportLifecycle.Apply(reviewing, Events["pass stage 0 again"]).Next);
        Assert.Equal(reviewing, ReportLifecycle.Apply(reviewing, Events["decide superseded r1"]).Next);
    }

    [Fact]
    public void A_refusal_says_in_chinese_what_the_report_is_doing_now()
    {
        var refused = ReportLifecycle.Apply(States["退回修改"], Events["approve"]);

        Assert.Equal("第2稿当前状态：退回修改。", refused.Detail);
    }

    [Fact]
    public void A_new_revision_restarts_review_at_the_first_stage_and_keeps_the_published_flag()
    {
        var next = ReportLifecycle.Apply(States["已发布"], Events["submit r3 correction"]).Next;

        Assert.Equal(new ReportStanding(ReportState.Reviewing, 3, 0, Published: true), next);
        Assert.Equal(ReportState.Reviewing, next.Shown);
    }

    private static string Describe(Transition transition) => transition.Kind switch
    {
        TransitionKind.Allowed => $"→ {ReportStateNames.Chinese(transition.Next.Shown)} {transition.Next.Stage}",
        TransitionKind.Repeat => "repeat",
        _ => $"refused {transition.Status} {transition.Title}",
    };
}
