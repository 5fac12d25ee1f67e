namespace Workflow.Reports.Model;

/// <summary>
/// Section 四: 15 values, 行政复议, 未经复议直接起诉, 复议后起诉, each as 维持, 纠正, 其他, 尚未审结, 总计.
/// </summary>
public sealed record AppealsSection(string Text, IReadOnlyList<long?> Values)
{
    public const int OutcomeCount = 5;

    /// <summary>The position of a cell in <see cref="Values"/>.</summary>
    public static int Index(AppealGroup group, AppealOutcome outcome) => (int)group * OutcomeCount + (int)outcome;

    /// <summary>A cell; null when blank or when the table holds fewer values.</summary>
    public long? Cell(AppealGroup group, AppealOutcome outcome) =>
        Index(group, outcome) is var index && index < Values.Count ? Values[index] : null;
}
