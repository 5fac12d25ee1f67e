using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// When the report for <see cref="ReportYear"/> must be published (条例第四十九条): a 县级以上人民政府部门 by 31 January of
/// the following year, the report of a level of government by 31 March; never before the statistics period has ended
/// (1 January). Used by the D-* rules, reminders and on-time flags.
/// </summary>
public sealed record LegalDeadline(AgencyKind Kind, int ReportYear)
{
    public static LegalDeadline For(AnnualReport report) => new(report.Agency.Kind, report.Year);

    /// <summary>The last day on which publication is on time.</summary>
    public DateOnly Date => Kind == AgencyKind.Department ? new DateOnly(ReportYear + 1, 1, 31) : new DateOnly(ReportYear + 1, 3, 31);

    /// <summary>The first day a complete report can exist: the day after the 统计期限 ends.</summary>
    public DateOnly EarliestPublication => new(ReportYear + 1, 1, 1);

    public bool IsOnTime(DateOnly publishedOn) => publishedOn >= EarliestPublication && publishedOn <= Date;

    public string Basis => Kind == AgencyKind.Department
        ? "《政府信息公开条例》第四十九条第一款：县级以上人民政府部门应当在每年1月31日前公布上一年度报告"
        : "《政府信息公开条例》第四十九条第二款：本级政府上一年度报告应当在每年3月31日前向社会公布";
}
