using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Reads an agency's level from its name, only where the name leaves no doubt: "某县教育局", "北京市朝阳区教育委员会",
/// "某县人民政府办公室" are a county's; "某镇人民政府", "某街道办事处", "螅镇" a township's. A 县级市 ("怀仁市…") is named like
/// a city, and 自治区 and 地区 are not districts, so those stay <see cref="AgencyLevel.Unknown"/>.
/// </summary>
public static partial class AgencyLevels
{
    public static AgencyLevel FromName(string name)
    {
        var compact = string.Concat(ChineseText.ToHalfWidth(name).Where(c => !char.IsWhiteSpace(c)));
        return Township().IsMatch(compact) ? AgencyLevel.Township
            : County().IsMatch(compact) ? AgencyLevel.County
            : AgencyLevel.Unknown;
    }

    // 乡 after 城 is 城乡 (城乡建设局), never a township.
    [GeneratedRegex("(?<!城)(?:乡|镇|苏木)(?:人民)?政府|街道办事处|街道工作委员会|(?<!城)(?:乡|镇)$|街道$")]
    private static partial Regex Township();

    /// <summary>
    /// A place ending in 县, 旗 or 区 (not 自治区, 地区 or 区域/区划), followed by the agency: its 人民政府 or a department.
    /// </summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}*?\p{IsCJKUnifiedIdeographs}(?:县|旗|(?<!自治|地)区)(?![域划])\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex County();
}
