using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// What the 2021 format (国办公开办函〔2021〕30号) asks the prose to cover, for reports on 2021 and later. Topics are
/// recognised by the words reports use for them, generously: these rules point a reviewer at an omission, and a
/// topic named in other words is the reviewer's to accept.
/// <list type="bullet">
/// <item>F-BASIS warning: the report cites the 2019 trial format's notice (国办公开办函〔2019〕60号) and not the 2021 one.</item>
/// <item>F-S1 warning: part 一 does not touch one of the five topics of the format (主动公开, 依申请公开, 政府信息管理,
/// 政府信息公开平台建设, 监督保障; a government's report also 工作考核、社会评议和责任追究, 条例第五十条第四项), one finding
/// naming every topic missing; or part 一 runs far beyond any report's (the format: "不能遗漏，也不宜泛化").</item>
/// <item>F-S6 warning: part 六 does not report 落实上级年度政务公开工作要点, 人大代表建议和政协提案办理结果公开 or 年度政务公开
/// 工作创新, one finding naming every item missing. The 信息处理费, the format's other item of part 六, is X-FEE6's.</item>
/// </list>
/// </summary>
internal static partial class FormatContentRules
{
    private const int FirstYearOf2021Format = 2021;

    /// <summary>
    /// Characters (whitespace aside) beyond which part 一 is a work report rather than an overview: a province's part 一
    /// runs to 4,000–6,000.
    /// </summary>
    private const int OverviewLengthLimit = 12_000;

    private sealed record Topic(string Name, Regex Words);

    private static readonly Topic[] OverviewTopics =
    [
        new("主动公开", ProactiveWords()),
        new("依申请公开", RequestWords()),
        new("政府信息管理", ManagementWords()),
        new("政府信息公开平台建设", PlatformWords()),
        new("监督保障", OversightWords()),
    ];

    private static readonly Topic GovernmentTopic = new("工作考核、社会评议和责任追究结果", AssessmentWords());

    private static readonly Topic[] OtherItems =
    [
        new("落实上级年度政务公开工作要点情况", KeyPointsWords()),
        new("人大代表建议和政协提案办理结果公开情况", ProposalWords()),
        new("年度政务公开工作创新情况", InnovationWords()),
    ];

    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        if (report.Year < FirstYearOf2021Format)
        {
            return [];
        }
        return [.. Basis(report), .. Overview(report), .. Other(report)];
    }

    private static IEnumerable<Finding> Basis(AnnualReport report)
    {
        var s = report.Sections;
        var texts = new[] { (Location: "前言", Text: s.Preamble), (Location: "一", Text: s.Overview), (Location: "六", Text: s.Other) }
            .Select(t => t with { Text = TextFigures.Normalise(t.Text) })
            .ToList();
        if (texts.Any(t => Basis2021().IsMatch(t.Text)))
        {
            yield break;
        }
        foreach (var (location, _) in texts.Where(t => Basis2019().IsMatch(t.Text)).Take(1))
        {
            yield return new Finding("F-BASIS", Severity.Warning,
                $"报告依据的是2019年试行格式的通知（国办公开办函〔2019〕60号）；{report.Year}年度报告应按国办公开办函〔2021〕30号印发的2021年版格式编制。",
                location);
        }
    }

    private static IEnumerable<Finding> Overview(AnnualReport report)
    {
        var text = TextFigures.Normalise(report.Sections.Overview);
        if (text.Length == 0)
        {
            yield break;
        }
        var topics = report.Agency.Kind == AgencyKind.Government ? [.. OverviewTopics, GovernmentTopic] : OverviewTopics;
        var missing = topics.Where(t => !t.Words.IsMatch(text)).Select(t => t.Name).ToList();
        if (missing.Count > 0)
        {
            yield return new Finding("F-S1", Severity.Warning,
                $"第一部分“总体情况”未涉及{string.Concat(missing.Select(m => $"“{m}”"))}：2021年版格式要求总体情况包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障"
                + (report.Agency.Kind == AgencyKind.Government ? "，各级人民政府还应报告工作考核、社会评议和责任追究结果情况。" : "。"),
                "一");
        }
        if (text.Length > OverviewLengthLimit)
        {
            yield return new Finding("F-S1", Severity.Warning,
                $"第一部分“总体情况”长达 {text.Length} 字，远超通常篇幅：总体情况应综述政府信息公开工作（“不能遗漏，也不宜泛化”），不宜写成全面工作总结。",
                "一/篇幅");
        }
    }

    private static IEnumerable<Finding> Other(AnnualReport report)
    {
        var text = TextFigures.Normalise(report.Sections.Other);
        if (text.Length == 0)
        {
            yield break;
        }
        var missing = OtherItems.Where(t => !t.Words.IsMatch(text)).Select(t => t.Name).ToList();
        if (missing.Count > 0)
        {
            yield return new Finding("F-S6", Severity.Warning,
                $"第六部分“其他需要报告的事项”未报告{string.Concat(missing.Select(m => $"“{m}”"))}：2021年版格式要求在此报告信息处理费收取情况，以及落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开、年度政务公开工作创新情况。",
                "六");
        }
    }

    // Document numbers as written: 〔2019〕60号, [2019]60号, (2019)60号, 〔2019〕第60号 (normalised text: half-width brackets).
    [GeneratedRegex(@"[〔\[(【]2019[〕\])】]第?60号")]
    private static partial Regex Basis2019();

    [GeneratedRegex(@"[〔\[(【]2021[〕\])】]第?30号")]
    private static partial Regex Basis2021();

    [GeneratedRegex("主动公开|主动发布|信息发布|发布信息|公开信息|政策解读|解读|公开目录|主动[^,;。]{0,6}公开")]
    private static partial Regex ProactiveWords();

    [GeneratedRegex("依申请|申请公开|公开申请|信息公开申请")]
    private static partial Regex RequestWords();

    [GeneratedRegex("信息管理|管理信息|信息[^,;。]{0,6}管理|保密审查|公开属性|源头认定|发布审核|审核发布|动态更新|文件清理|政策文件库|公开指南|公开目录")]
    private static partial Regex ManagementWords();

    [GeneratedRegex("平台|网站|网页|门户|政务新媒体|新媒体|公众号|微博|客户端|专栏|公开栏|政府公报|公报|查阅点|查阅场所|政务服务网")]
    private static partial Regex PlatformWords();

    [GeneratedRegex("监督|保障|考核|督查|督导|检查|培训|问责|责任追究|追责|评议|组织领导|领导小组")]
    private static partial Regex OversightWords();

    [GeneratedRegex("考核|评议|评估|测评|考评|问责|责任追究|追责")]
    private static partial Regex AssessmentWords();

    [GeneratedRegex("要点")]
    private static partial Regex KeyPointsWords();

    [GeneratedRegex("建议|提案")]
    private static partial Regex ProposalWords();

    [GeneratedRegex("创新")]
    private static partial Regex InnovationWords();
}
