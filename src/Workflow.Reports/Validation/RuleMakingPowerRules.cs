using System.Globalization;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Who may make 规章.
/// <list type="bullet">
/// <item>T2-POWER warning: 第二十条第（一）项 reports 规章 above zero for an agency whose name shows it a county or district
/// government or department, or a township or sub-district (<see cref="AgencyLevels"/>): 规章 are made only by the
/// 国务院部门 and by the governments of provinces, 设区的市 and 自治州 (立法法). Usually the 规范性文件 were entered on the
/// 规章 row, or the level's 规章 were counted; a reviewer confirms. Silent when the name leaves the level in doubt.</item>
/// </list>
/// </summary>
internal static class RuleMakingPowerRules
{
    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        var level = AgencyLevels.FromName(report.Agency.Name);
        if (level == AgencyLevel.Unknown)
        {
            yield break;
        }
        var reported = report.Sections.Proactive.Cells
            .Where(c => c is { Clause: "一", Row: "规章", Value: > 0 })
            .ToList();
        if (reported.Count == 0)
        {
            yield break;
        }
        var cells = string.Join("、", reported.Select(c => $"“{c.Column}”{c.Value!.Value.ToString("0.##", CultureInfo.InvariantCulture)}"));
        var kind = level == AgencyLevel.Township ? "乡镇（街道）" : report.Agency.Kind == AgencyKind.Government ? "县（区）级人民政府" : "县（区）级政府部门";
        yield return new Finding("T2-POWER", Severity.Warning,
            $"第二部分第二十条第（一）项“规章”填报了{cells}，但{report.Agency.Name.Trim()}是{kind}，没有规章制定权"
            + "（规章由国务院部门和省、自治区、直辖市、设区的市、自治州人民政府制定）：请核对是否将规范性文件或上级规章计入了“规章”行。",
            "二/一/规章");
    }
}
