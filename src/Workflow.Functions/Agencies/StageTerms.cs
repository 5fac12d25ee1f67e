using Workflow.Functions.Lifecycle;

namespace Workflow.Functions.Agencies;

/// <summary>A stage's rule and the addresses copied (抄送) on its mails; a stage registered as a bare list is rule any without copies.</summary>
public sealed record StageTerms(StageRule Rule, IReadOnlyList<string> Cc)
{
    public static StageTerms Default { get; } = new(StageRule.Any, []);
}
