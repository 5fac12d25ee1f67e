namespace Workflow.Reports.Model;

/// <summary>The national templates (2019 trial, 2021): headings, table layouts and labels, verbatim.</summary>
public static class ReportTemplate
{
    public static readonly IReadOnlyList<string> SectionHeadings =
    [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况",
        "其他需要报告的事项",
    ];

    public static readonly IReadOnlyList<string> SectionNumerals = ["一", "二", "三", "四", "五", "六"];

    public static readonly IReadOnlyList<string> RequestColumns =
        ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    public const int TotalColumn = 6;

    public const string RequestsBalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private const string Withheld = "（三）不予公开";
    private const string Unavailable = "（四）无法提供";
    private const string NotProcessed = "（五）不予处理";
    private const string OtherHandling = "（六）其他处理";

    private static readonly RequestRow[] Head =
    [
        new("R1", "一、本年新收政府信息公开申请数量", null),
        new("R2", "二、上年结转政府信息公开申请数量", null),
        new("G1", "（一）予以公开", null),
        new("G2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null),
        new("D1", "1.属于国家秘密", Withheld),
        new("D2", "2.其他法律行政法规禁止公开", Withheld),
        new("D3", "3.危及“三安全一稳定”", Withheld),
        new("D4", "4.保护第三方合法权益", Withheld),
        new("D5", "5.属于三类内部事务信息", Withheld),
        new("D6", "6.属于四类过程性信息", Withheld),
        new("D7", "7.属于行政执法案卷", Withheld),
        new("D8", "8.属于行政查询事项", Withheld),
        new("U1", "1.本机关不掌握相关政府信息", Unavailable),
        new("U2", "2.没有现成信息需要另行制作", Unavailable),
        new("U3", "3.补正后申请内容仍不明确", Unavailable),
        new("N1", "1.信访举报投诉类申请", NotProcessed),
        new("N2", "2.重复申请", NotProcessed),
        new("N3", "3.要求提供公开出版物", NotProcessed),
        new("N4", "4.无正当理由大量反复申请", NotProcessed),
        new("N5", "5.要求行政机关确认或重新出具已获取信息", NotProcessed),
    ];

    private static readonly RequestRow[] Tail =
    [
        new("S7", "（七）总计", null),
        new("R4", "四、结转下年度继续办理", null),
    ];

    /// <summary>The 25 data rows of the 2021 template.</summary>
    public static readonly IReadOnlyList<RequestRow> RequestRows2021 =
    [
        .. Head,
        new("O1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", OtherHandling),
        new("O2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", OtherHandling),
        new("O3", "3.其他", OtherHandling),
        .. Tail,
    ];

    /// <summary>The 23 data rows of the 2019 trial template: （六）其他处理 is a single row.</summary>
    public static readonly IReadOnlyList<RequestRow> RequestRows2019 =
    [
        .. Head,
        new("O", OtherHandling, null),
        .. Tail,
    ];

    /// <summary>Rows of table 三 for the layout the report uses (2019 when it has the single row O).</summary>
    public static IReadOnlyList<RequestRow> RequestRowsFor(IReadOnlyDictionary<string, IReadOnlyList<long?>> rows) =>
        rows.ContainsKey("O") ? RequestRows2019 : RequestRows2021;

    /// <summary>Rows whose sum is （七）总计.</summary>
    public static IEnumerable<RequestRow> OutcomeRows(IReadOnlyList<RequestRow> layout) =>
        layout.Where(r => r.Key is not ("R1" or "R2" or "S7" or "R4"));

    public static readonly IReadOnlyList<string> AppealGroups = ["行政复议", "未经复议直接起诉", "复议后起诉"];

    public static readonly IReadOnlyList<string> AppealOutcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public static string AppealColumn(int index) => $"{AppealGroups[index / 5]}/{AppealOutcomes[index % 5]}";

    public static readonly IReadOnlyList<ProactiveTable> Proactive2021 =
    [
        new("一", ["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"], null),
        new("五", ["本年处理决定数量"], ["行政许可"], null),
        new("六", ["本年处理决定数量"], ["行政处罚", "行政强制"], null),
        new("八", ["本年收费金额（单位：万元）"], ["行政事业性收费"], "万元"),
    ];

    public static readonly IReadOnlyList<ProactiveTable> Proactive2019 =
    [
        new("一", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "规范性文件"], null),
        new("五", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "其他对外管理服务事项"], null),
        new("六", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "行政强制"], null),
        new("八", ["上一年项目数量", "本年增/减"], ["行政事业性收费"], null),
        new("九", ["采购项目数量", "采购总金额"], ["政府集中采购"], null),
    ];

    /// <summary>Labels that only the 2019 trial template prints (F-VERSION markers).</summary>
    public static readonly IReadOnlyList<string> Markers2019 =
        ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "其他对外管理服务事项", "第二十条第（九）项", "政府集中采购"];

    /// <summary>Labels that only the 2021 template prints.</summary>
    public static readonly IReadOnlyList<string> Markers2021 =
        ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "行政规范性文件"];
}
