using System.Globalization;
using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>
/// What changed between two revisions of a report, in reading order (metadata, preamble, then parts 一 … 六
/// with their tables), so reviewers see at once what a resubmission changed.
/// </summary>
public static class ReportDiff
{
    private static readonly IReadOnlyList<RequestRow> AllRequestRows =
        [.. ReportTemplate.RequestRows2021, .. ReportTemplate.RequestRows2019.Where(r => r.Key == "O")];

    public static IReadOnlyList<ReportChange> Compare(AnnualReport previous, AnnualReport current)
    {
        var changes = new List<ReportChange>();
        Metadata(changes, "agency.id", "机关标识", previous.Agency.Id, current.Agency.Id);
        Metadata(changes, "agency.name", "机关名称", previous.Agency.Name, current.Agency.Name);
        Metadata(changes, "agency.kind", "机关类型", KindName(previous.Agency.Kind), KindName(current.Agency.Kind));
        Metadata(changes, "year", "报告年度", Invariant(previous.Year), Invariant(current.Year));
        Metadata(changes, "title", "标题", previous.Title, current.Title);
        Metadata(changes, "publishedOn", "发布日期", DateText(previous.PublishedOn), DateText(current.PublishedOn));
        Metadata(changes, "edition", "表格格式", EditionName(previous.Edition), EditionName(current.Edition));

        var (before, after) = (previous.Sections, current.Sections);
        Text(changes, "preamble", "前言", before.Preamble, after.Preamble);
        Text(changes, "一", SectionTitle(0), before.Overview, after.Overview);
        Text(changes, "二", SectionTitle(1), before.Proactive.Text, after.Proactive.Text);
        ProactiveCells(changes, before.Proactive, after.Proactive);
        Text(changes, "三", SectionTitle(2), before.Requests.Text, after.Requests.Text);
        RequestCells(changes, before.Requests, after.Requests);
        Text(changes, "四", SectionTitle(3), before.Appeals.Text, after.Appeals.Text);
        AppealCells(changes, before.Appeals, after.Appeals);
        Text(changes, "五", SectionTitle(4), before.Problems, after.Problems);
        Text(changes, "六", SectionTitle(5), before.Other, after.Other);
        return changes;
    }

    private static void Metadata(List<ReportChange> changes, string location, string label, string? before, string? after)
    {
        if (before != after)
        {
            changes.Add(new ReportChange(ReportChangeKind.Metadata, location, label, before, after));
        }
    }

    /// <summary>Line-ending and surrounding-space differences are not changes a reviewer needs to see.</summary>
    private static void Text(List<ReportChange> changes, string location, string label, string before, string after)
    {
        var (old, @new) = (NormaliseText(before), NormaliseText(after));
        if (old != @new)
        {
            changes.Add(new ReportChange(ReportChangeKind.Text, location, label, old, @new));
        }
    }

    private static string NormaliseText(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static void ProactiveCells(List<ReportChange> changes, ProactiveSection before, ProactiveSection after)
    {
        var keys = before.Cells.Concat(after.Cells).Select(c => (c.Clause, c.Row, c.Column)).Distinct();
        foreach (var (clause, row, column) in keys)
        {
            var old = Written(before.Find(clause, row, column));
            var @new = Written(after.Find(clause, row, column));
            if (old != @new)
            {
                changes.Add(new ReportChange(ReportChangeKind.Cell, $"二/{clause}/{row}/{column}",
                    $"二 第二十条第（{clause}）项 {row} {column}", old, @new));
            }
        }
    }

    private static string? Written(ProactiveCell? cell) => cell switch
    {
        null => null,
        { Raw: var raw } when !string.IsNullOrWhiteSpace(raw) => raw.Trim(),
        { Value: { } value } => value.ToString(CultureInfo.InvariantCulture) + (cell.Unit ?? ""),
        _ => "",
    };

    private static void RequestCells(List<ReportChange> changes, RequestsSection before, RequestsSection after)
    {
        var columns = ReportTemplate.RequestColumns;
        foreach (var row in AllRequestRows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var old = before.Cell(row.Key, c);
                var @new = after.Cell(row.Key, c);
                if (old != @new)
                {
                    var label = row.Group is null ? row.Label : $"{row.Group}{row.Label}";
                    changes.Add(new ReportChange(ReportChangeKind.Cell, $"三/{row.Key}/{columns[c]}",
                        $"三 {label} {columns[c]}", NumberText(old), NumberText(@new)));
                }
            }
        }
    }

    private static void AppealCells(List<ReportChange> changes, AppealsSection before, AppealsSection after)
    {
        var count = ReportTemplate.AppealGroups.Count * ReportTemplate.AppealOutcomes.Count;
        for (var i = 0; i < count; i++)
        {
            var old = i < before.Values.Count ? before.Values[i] : null;
            var @new = i < after.Values.Count ? after.Values[i] : null;
            if (old != @new)
            {
                var column = ReportTemplate.AppealColumn(i);
                changes.Add(new ReportChange(ReportChangeKind.Cell, $"四/{column}", $"四 {column.Replace('/', ' ')}",
                    NumberText(old), NumberText(@new)));
            }
        }
    }

    private static string SectionTitle(int index) => $"{ReportTemplate.SectionNumerals[index]}、{ReportTemplate.SectionHeadings[index]}";

    private static string? NumberText(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string KindName(AgencyKind kind) => kind == AgencyKind.Government ? "本级政府" : "政府部门";

    private static string EditionName(Edition edition) => edition switch
    {
        Edition.Format2021 => "2021年版",
        Edition.Format2019 => "2019年试行版",
        _ => "混用两版",
    };
}
