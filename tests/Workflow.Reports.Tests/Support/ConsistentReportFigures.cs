namespace Workflow.Reports.Tests.Support;

/// <summary>
/// The free choices behind a consistent report: <see cref="Outcomes"/> are the 21 outcome rows × 6 applicant
/// columns of table 三 (row-major), <see cref="Appeals"/> the four outcomes of each of the three groups of table 四,
/// <see cref="Proactive"/> the nine counts of table 二 in template order, <see cref="FeeCents"/> the 行政事业性收费
/// amount in hundredths of 万元; everything else is derived.
/// </summary>
public sealed record ConsistentReportFigures(
    int[] Outcomes,
    int[] CarriedIn,
    int[] CarriedOut,
    int[] Appeals,
    int[] Proactive,
    int FeeCents,
    int Agency,
    int Year,
    int Day,
    int ProcessingFee,
    int Problems);
