namespace Workflow.Reports.Validation;

/// <summary>
/// A defect. <see cref="RuleId"/> is an ID of report-rules (T3-BAL, F-VERSION …); <see cref="Message"/> is
/// Chinese for people; <see cref="Location"/> names section, row key and column, e.g. "三/R1/总计".
/// </summary>
public sealed record Finding(string RuleId, Severity Severity, string Message, string Location);
