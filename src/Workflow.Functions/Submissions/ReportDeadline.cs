using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// The legal publication deadline of a year's report (the domain's <see cref="LegalDeadline"/>: 31 January of
/// the next year for departments, 31 March for level governments), ending at midnight Beijing time.
/// </summary>
public static class ReportDeadline
{
    public static DateOnly Of(AgencyKind kind, int year) => new LegalDeadline(kind, year).Date;

    /// <summary>The instant the deadline day ends, in UTC.</summary>
    public static DateTimeOffset EndUtc(AgencyKind kind, int year) =>
        new DateTimeOffset(Of(kind, year).AddDays(1), TimeOnly.MinValue, ChinaTime.Offset).ToUniversalTime();
}
