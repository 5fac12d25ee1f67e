using Workflow.Reports.Model;
using Workflow.Reports.Reading;

namespace Workflow.Reports.Validation;

/// <summary>
/// Checks a report against the rules of report-rules.md and returns its findings, errors first. Severity is a product
/// decision stated on each rule family: error = the data cannot be right and blocks a submission; warning = a reviewer
/// must look; info = for the record. Cross-year rules run only when <c>previous</c> is the same agency's report for the
/// year before (a report of another year is ignored rather than compared).
/// </summary>
public sealed class ReportValidator
{
    public IReadOnlyList<Finding> Validate(AnnualReport report, AnnualReport? previous = null) =>
        Arrange(RuleFindings(report, previous));

    /// <summary>
    /// The reader's notes (F-HDR, unreadable cells …) and the rule findings, one per rule and location; an error in a
    /// table with inferred cells is a warning (<see cref="ReadingDoubt"/>).
    /// </summary>
    public IReadOnlyList<Finding> Validate(ReportReading reading, AnnualReport? previous = null) =>
        Arrange(ReadingDoubt.Temper([.. reading.Notes, .. RuleFindings(reading.Report, previous)], reading.Inferred));

    private static IEnumerable<Finding> RuleFindings(AnnualReport report, AnnualReport? previous)
    {
        var prose = new ReportProse();
        return
        [
            .. StructureRules.Check(report, prose),
            .. DeadlineRules.Check(report),
            .. ProactiveRules.Check(report, prose),
            .. RequestsRules.Check(report),
            .. AppealsRules.Check(report),
            .. TextConsistencyRules.Check(report, prose),
            .. ProactiveTextRules.Check(report, prose),
            .. RuleMakingPowerRules.Check(report),
            .. FormatContentRules.Check(report),
            .. BodyYearRules.Check(report, prose),
            .. previous is null ? [] : CrossYearRules.Check(report, previous),
        ];
    }

    /// <summary>
    /// One finding per (rule, location), the most severe kept (a reader and a rule may both report a blank cell);
    /// ordered errors, warnings, info, then by location in report order.
    /// </summary>
    public static IReadOnlyList<Finding> Arrange(IEnumerable<Finding> findings) =>
        [.. findings
            .GroupBy(f => (f.RuleId, f.Location))
            .Select(g => g.MinBy(f => f.Severity)!)
            .OrderBy(f => f.Severity)
            .ThenBy(f => LocationOrder.Key(f.Location))
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)];
}
