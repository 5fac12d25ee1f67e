using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Table 四 (行政复议、行政诉讼).
/// <list type="bullet">
/// <item>T4-INT error when the table does not have exactly 15 values or a value is negative; warning for a blank value
/// (it may mean 0, a person must confirm).</item>
/// <item>T4-REV, T4-LITD, T4-LITR error: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 for 行政复议, 未经复议直接起诉 and
/// 复议后起诉. One identity per group cannot tell which of its five cells is wrong, so the finding sits at the group's
/// 总计 and its message lists all five values.</item>
/// </list>
/// </summary>
internal static class AppealsRules
{
    private const int Count = 15;
    private static readonly string[] Identities = ["T4-REV", "T4-LITD", "T4-LITR"];

    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        var values = report.Sections.Appeals.Values;
        if (values.Count != Count)
        {
            yield return new Finding("T4-INT", Severity.Error,
                values.Count == 0
                    ? "缺少第四部分“政府信息公开行政复议、行政诉讼情况”表格（无案件也须填报15个0）。"
                    : $"第四部分表格应有 {Count} 个数（行政复议、未经复议直接起诉、复议后起诉各5个），实有 {values.Count} 个。",
                "四");
        }
        for (var i = 0; i < Math.Min(values.Count, Count); i++)
        {
            var column = ReportTemplate.AppealColumn(i);
            if (values[i] is null)
            {
                yield return new Finding("T4-INT", Severity.Warning, $"第四部分“{column}”为空白：无法核对，没有案件应填 0。", $"四/{column}");
            }
            else if (values[i] < 0)
            {
                yield return new Finding("T4-INT", Severity.Error, $"第四部分“{column}”为负数 {values[i]}：案件数不能为负。", $"四/{column}");
            }
        }
        if (values.Count == 0)
        {
            yield break;
        }
        var appeals = report.Sections.Appeals;
        foreach (var group in Enum.GetValues<AppealGroup>())
        {
            long? Value(AppealOutcome outcome) => appeals.Cell(group, outcome);
            var sums = SumIdentity.Of([Value(AppealOutcome.Total)],
                [Value(AppealOutcome.Upheld), Value(AppealOutcome.Corrected), Value(AppealOutcome.Other), Value(AppealOutcome.Pending)]);
            if (!sums.IsBroken)
            {
                continue;
            }
            var parts = string.Join(" + ", Enum.GetValues<AppealOutcome>().SkipLast(1).Select(o => $"{ReportTemplate.AppealOutcomes[(int)o]} {Value(o)?.ToString() ?? "空白"}"));
            var name = ReportTemplate.AppealGroups[(int)group];
            yield return new Finding(Identities[(int)group], Severity.Error,
                $"第四部分“{name}”：{parts} = {sums.KnownRight}，但总计为 {Value(AppealOutcome.Total)?.ToString() ?? "空白"}。", $"四/{name}/总计");
        }
    }
}
