namespace Workflow.Functions.Lifecycle;

/// <summary>How many approvals pass a stage: <c>any</c>, <c>all</c> (会签) or <c>{"min": m}</c>.</summary>
public sealed record StageRule(StageRuleKind Kind, int Min = 1)
{
    public static StageRule Any { get; } = new(StageRuleKind.Any);

    public static StageRule All { get; } = new(StageRuleKind.All);

    public static StageRule AtLeast(int min) => new(StageRuleKind.Min, min);

    /// <summary>Approvals needed from <paramref name="approvers"/> reviewers who may approve (never more than they are).</summary>
    public int Required(int approvers) => Math.Min(approvers, Kind switch
    {
        StageRuleKind.Any => 1,
        StageRuleKind.All => approvers,
        _ => Min,
    });

    /// <summary>As people read it on the page and in mails.</summary>
    public string Chinese(int approvers) => Kind switch
    {
        StageRuleKind.Any => "任一审核人批准即可",
        StageRuleKind.All => $"会签：{approvers}位审核人均须批准",
        _ => $"{approvers}位审核人中须有{Required(approvers)}位批准",
    };
}
