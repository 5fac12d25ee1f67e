using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;
using static Workflow.Reports.Tests.Reading.Troubles.TableText;

namespace Workflow.Reports.Tests.Reading.Troubles;

/// <summary>
/// Tables of text that draw their cells: a column left blank in every row keeps its place when a rule of dashes marks
/// each column (pandoc), and a row whose label wraps over lines between two rules keeps its number (w3m).
/// </summary>
public class RuledTableTests
{
    /// <summary>The Huai'an rows with 科研机构 and 社会公益组织 (all 0 there) left blank, as a report with no such applicant writes them.</summary>
    private static IReadOnlyList<long?> Blanked(string key) => [.. Rows[key].Select((v, c) => c is 2 or 3 ? null : v)];

    private static int Width(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(1, width - Width(text)));

    private static ReportReading Read(string requests, string appeals) =>
        new TextReportReader().Read(With(requests, appeals), ReadOptions.None);

    private static void AssertNoError(ReportReading reading) =>
        Assert.DoesNotContain(new ReportValidator().Validate(reading), f => f.Severity == Severity.Error);

    [Fact]
    public void Dash_ruled_table_keeps_a_column_blank_in_every_row_in_its_place()
    {
        Assert.All(ReportTemplate.RequestRows2021, row => Assert.True(Rows[row.Key][2] == 0 && Rows[row.Key][3] == 0));
        int[] widths = [72, 12, 10, 10, 14, 14, 8, 8];
        var rule = "  " + string.Join(' ', widths.Select(w => new string('-', w)));
        var lines = new List<string>
        {
            rule,
            "  " + Pad("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", widths[0] + 1) + "申请人情况",
            "  " + Pad("", widths[0] + 1) + Pad("自然人", widths[1] + 1) + "法人或其他组织",
            "  " + Pad("", widths[0] + 1 + widths[1] + 1) + string.Concat(new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" }.Select((h, i) => Pad(h, widths[i + 2] + 1))) + "总计",
        };
        foreach (var row in ReportTemplate.RequestRows2021)
        {
            var values = Blanked(row.Key);
            lines.Add("  " + Pad(row.Label, widths[0] + 1) + string.Concat(values.Select((v, i) => Pad(Value(v), widths[i + 1] + 1))).TrimEnd());
        }
        lines.Add(rule);

        var reading = Read(string.Join('\n', lines), MarkdownAppeals());

        Assert.All(ReportTemplate.RequestRows2021, row => Assert.Equal(Blanked(row.Key), reading.Report.Sections.Requests.Rows[row.Key]));
        AssertNoError(reading);
    }

    [Fact]
    public void Box_drawn_row_with_its_label_wrapped_over_three_lines_keeps_the_number_on_the_middle_line()
    {
        string Line(string label, IEnumerable<string> cells) => $"│ {Pad(label, 24)}│ " + string.Join("│ ", cells.Select(c => Pad(c, 6))) + "│";
        const string Rule = "├─────────────────────────┼───────┼───────┼───────┼───────┼───────┼───────┼───────┤";
        var lines = new List<string>
        {
            "┌─────────────────────────┬───────────────────────────────────────────────────────┐",
            Line("", ["自然人", "商业企业", "科研机构", "社会公益", "法律服务", "其他", "总计"]),
        };
        foreach (var row in ReportTemplate.RequestRows2021)
        {
            lines.Add(Rule);
            var values = Rows[row.Key].Select(Value).ToList();
            var label = row.Label;
            if (label.Length <= 11)
            {
                lines.Add(Line(label, values));
                continue;
            }
            // The label in three pieces of at most 11 characters, the numbers beside the middle one.
            var third = (label.Length + 2) / 3;
            var blanks = Enumerable.Repeat("", 7).ToList();
            lines.Add(Line(label[..third], blanks));
            lines.Add(Line(label[third..Math.Min(label.Length, 2 * third)], values));
            lines.Add(Line(label[Math.Min(label.Length, 2 * third)..], blanks));
        }
        lines.Add("└─────────────────────────┴───────┴───────┴───────┴───────┴───────┴───────┴───────┘");

        var reading = Read(string.Join('\n', lines), MarkdownAppeals());

        Assert.All(ReportTemplate.RequestRows2021, row => Assert.Equal(Rows[row.Key], reading.Report.Sections.Requests.Rows[row.Key]));
        AssertNoError(reading);
    }
}
