namespace Workflow.Functions.Lifecycle;

/// <summary>One stage of an agency's review: who decides, by which rule, and who is copied (抄送) on its mails.</summary>
public sealed record ReviewStage(IReadOnlyList<string> Reviewers, StageRule Rule, IReadOnlyList<string> Cc)
{
    public bool IsReviewer(string address) => Reviewers.Contains(address, StringComparer.OrdinalIgnoreCase);
}
