using Workflow.Reports.Model;

namespace Workflow.Reports.Tests.Rendering;

/// <summary>Small consistent reports built in code, so rendering and diff tests do not depend on a reader.</summary>
internal static class SampleReports
{
    public static AnnualReport Consistent2021() => Build(ReportTemplate.RequestRows2021, Edition.Format2021,
    [
        new("一", "规章", "本年制发件数", "0", 0, null),
        new("一", "规章", "本年废止件数", "0", 0, null),
        new("一", "规章", "现行有效件数", "0", 0, null),
        new("一", "行政规范性文件", "本年制发件数", "3", 3, null),
        new("一", "行政规范性文件", "本年废止件数", "1", 1, null),
        new("一", "行政规范性文件", "现行有效件数", "12", 12, null),
        new("五", "行政许可", "本年处理决定数量", "15098件", 15098, "件"),
        new("六", "行政处罚", "本年处理决定数量", "7", 7, null),
        new("六", "行政强制", "本年处理决定数量", "0", 0, null),
        new("八", "行政事业性收费", "本年收费金额（单位：万元）", "96171.6", 96171.6m, "万元"),
    ]);

    public static AnnualReport Consistent2019() => Build(ReportTemplate.RequestRows2019, Edition.Format2019,
    [
        new("一", "规章", "本年新制作数量", "0", 0, null),
        new("五", "行政许可", "处理决定数量", "120", 120, null),
        new("九", "政府集中采购", "采购项目数量", "9", 9, null),
        new("九", "政府集中采购", "采购总金额", "1887.214474万元", 1887.214474m, "万元"),
    ]);

    /// <summary>
    /// Every column balances: 自然人 gets 3 new and 1 carried-over applications per report, 商业企业 1; all of them
    /// are answered in G1 except one 自然人 application carried forward.
    /// </summary>
    private static AnnualReport Build(IReadOnlyList<RequestRow> layout, Edition edition, IReadOnlyList<ProactiveCell> cells)
    {
        var rows = new Dictionary<string, IReadOnlyList<long?>>();
        foreach (var row in layout)
        {
            rows[row.Key] = row.Key switch
            {
                "R1" => [3, 1, 0, 0, 0, 0, 4],
                "R2" => [1, 0, 0, 0, 0, 0, 1],
                "G1" or "S7" => [3, 1, 0, 0, 0, 0, 4],
                "R4" => [1, 0, 0, 0, 0, 0, 1],
                _ => [0, 0, 0, 0, 0, 0, 0],
            };
        }
        long?[] appeals = [1, 1, 0, 1, 3, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1];
        return new AnnualReport(
            new Agency("huairen-xzspj", "怀仁市行政审批服务管理局", AgencyKind.Department),
            2023,
            "怀仁市行政审批服务管理局2023年政府信息公开工作年度报告",
            new DateOnly(2024, 1, 15),
            edition,
            new ReportSections(
                "本年度报告中所列数据统计期限为2023年1月1日至12月31日。",
                "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n（一）主动公开\n全年主动公开信息120条。",
                new ProactiveSection("", cells),
                new RequestsSection("全年新收政府信息公开申请4件。", rows),
                new AppealsSection("全年发生行政复议3件。", appeals),
                "宣传力度有待进一步加强。",
                "本年度未收取信息处理费。"));
    }

    public static AnnualReport WithOverview(this AnnualReport report, string overview) =>
        report with { Sections = report.Sections with { Overview = overview } };

    public static AnnualReport WithRequestCell(this AnnualReport report, string rowKey, int column, long? value)
    {
        var rows = report.Sections.Requests.Rows.ToDictionary(r => r.Key, r => r.Value);
        var row = rows[rowKey].ToArray();
        row[column] = value;
        rows[rowKey] = row;
        return report with { Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = rows } } };
    }

    public static AnnualReport WithAppeal(this AnnualReport report, int index, long? value)
    {
        var values = report.Sections.Appeals.Values.ToArray();
        values[index] = value;
        return report with { Sections = report.Sections with { Appeals = report.Sections.Appeals with { Values = values } } };
    }

    public static AnnualReport WithProactiveRaw(this AnnualReport report, string clause, string row, string column, string raw, decimal? value)
    {
        var cells = report.Sections.Proactive.Cells
            .Select(c => c.Clause == clause && c.Row == row && c.Column == column ? c with { Raw = raw, Value = value } : c)
            .ToList();
        return report with { Sections = report.Sections with { Proactive = report.Sections.Proactive with { Cells = cells } } };
    }
}
