using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading;

/// <summary>
/// Text clean at the door: every string of a reading (agency name, title, the parts' text, the cells of 二)
/// loses the characters of <see cref="SafeText"/>, whatever format it was read from. When something was
/// removed, an info finding <see cref="RuleId"/> says where and how much, so that the bureau can look at its
/// original. Called once where every reading passes: <see cref="ReportReaders"/>, the JSON intake, the CLI.
/// </summary>
public static class ReportTextCleaner
{
    public const string RuleId = "F-CTRL";

    public static ReportReading Clean(ReportReading reading)
    {
        var removed = new List<(string Where, int Count)>();
        string C(string text, string where)
        {
            var clean = SafeText.Clean(text);
            if (clean.Length != text.Length)
            {
                removed.Add((where, text.Length - clean.Length));
            }

            return clean;
        }

        var report = reading.Report;
        var s = report.Sections;
        var cleaned = report with
        {
            Agency = report.Agency with { Name = C(report.Agency.Name, "单位名称") },
            Title = C(report.Title, "标题"),
            Sections = s with
            {
                Preamble = C(s.Preamble, "前言"),
                Overview = C(s.Overview, "一"),
                Proactive = s.Proactive with
                {
                    Text = C(s.Proactive.Text, "二"),
                    Cells = [.. s.Proactive.Cells.Select(cell => cell with
                    {
                        Clause = C(cell.Clause, "二"),
                        Row = C(cell.Row, "二"),
                        Column = C(cell.Column, "二"),
                        Raw = C(cell.Raw, $"二/{cell.Clause}/{cell.Row}/{cell.Column}"),
                        Unit = cell.Unit is null ? null : C(cell.Unit, "二"),
                    })],
                },
                Requests = s.Requests with { Text = C(s.Requests.Text, "三") },
                Appeals = s.Appeals with { Text = C(s.Appeals.Text, "四") },
                Problems = C(s.Problems, "五"),
                Other = C(s.Other, "六"),
            },
        };
        if (removed.Count == 0)
        {
            return reading.Notes.All(f => SafeText.IsClean(f.Message) && SafeText.IsClean(f.Location))
                ? reading
                : reading with { Notes = [.. reading.Notes.Select(CleanFinding)] };
        }

        var places = removed.Select(r => SafeText.Clean(r.Where)).Distinct().ToList();
        var count = removed.Sum(r => r.Count);
        var note = new Finding(
            RuleId,
            Severity.Info,
            $"已删除 {count} 个不可见的控制字符（如 U+0001、U+000B、U+001B）或无效字符，位置：{string.Join("、", places)}。请核对原文。",
            places[0]);
        return reading with
        {
            Report = cleaned,
            Notes = [.. reading.Notes.Select(CleanFinding), note],
            Inferred = [.. reading.Inferred.Select(i => i with { Location = SafeText.Clean(i.Location), Reason = SafeText.Clean(i.Reason) })],
        };
    }

    private static Finding CleanFinding(Finding f) =>
        f with { Message = SafeText.Clean(f.Message), Location = SafeText.Clean(f.Location) };
}
