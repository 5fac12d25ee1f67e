using Workflow.Reports.Model;

namespace Workflow.Functions.Submissions;

/// <summary>
/// The legal publication deadline of a year's report: 31 January of the next year for departments, 31 March
/// for level governments; it ends at midnight Beijing time.
/// </summary>
public static class ReportDeadline
{
    public static DateOnly Of(AgencyKind kind, int year) =>
        kind == AgencyKind.Government ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    /// <summary>The instant the deadline day ends, in UTC.</summary>
    public static DateTimeOffset EndUtc(AgencyKind kind, int year) =>
        new DateTimeOffset(Of(kind, year).AddDays(1), TimeOnly.MinValue, ChinaTime.Offset).ToUniversalTime();
}
