using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>Sorts locations in the order a reader meets them: title, date, preamble, sections 一 … 六, rows and columns in template order.</summary>
internal static class LocationOrder
{
    private static readonly string[] Front = ["标题", "发布日期", "前言"];

    private static readonly string[] Rows =
        [.. ReportTemplate.RequestRows2021.Select(r => r.Key).Take(20), "O", "O1", "O2", "O3", "S7", "R4", .. ReportTemplate.AppealGroups, "行政诉讼"];

    private static readonly string[] Columns = [.. ReportTemplate.RequestColumns];

    private static readonly string[] AppealColumns = [.. ReportTemplate.AppealOutcomes];

    private static readonly string[] Sections = [.. ReportTemplate.SectionNumerals];

    public static (int Section, int Row, int Column, string Location) Key(string location)
    {
        var parts = location.Split('/');
        var section = Array.IndexOf(Front, parts[0]) is var f and >= 0 ? f
            : Array.IndexOf(Sections, parts[0]) is var s and >= 0 ? Front.Length + s
            : Front.Length + Sections.Length;
        return (section, Rank(Rows, parts, 1), Rank(parts[0] == "四" ? AppealColumns : Columns, parts, 2), location);
    }

    private static int Rank(string[] order, string[] parts, int index) =>
        index < parts.Length && Array.IndexOf(order, parts[index]) is var rank and >= 0 ? rank : order.Length;
}
