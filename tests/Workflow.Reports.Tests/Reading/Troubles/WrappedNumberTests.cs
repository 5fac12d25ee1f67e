using System.Text;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Tables;
using Workflow.Reports.Validation;
using static Workflow.Reports.Tests.Reading.Troubles.TableText;

namespace Workflow.Reports.Tests.Reading.Troubles;

/// <summary>
/// Numbers wrapped inside the narrow value columns of the official template (3001 as "300" over "1"), as text layers
/// write them: <c>pdftotext -layout</c> keeps the pieces at one character column on the lines above and below the row,
/// and a row with a wrapped label has its 总计 a line above its other values; <c>pdftotext -raw</c> writes the pieces
/// apart among the other numbers. A join stands only when the row's identity confirms it.
/// </summary>
public class WrappedNumberTests
{
    private const int LabelWidth = 40;

    private const int ColumnWidth = 3;

    private const int Step = ColumnWidth + 3;

    /// <summary>The longest label written on one line; longer ones wrap, their 总计 beside the first line.</summary>
    private const int LabelLine = 16;

    private static string Appeals() => "行政复议    行政诉讼\n" + string.Join("    ", TableText.Appeals.Select(Value));

    /// <summary>
    /// Table 三 as pdftotext -layout writes the filled template: numbers at fixed character columns three wide, a
    /// longer number wrapped (its first three digits on the line above the row, the rest below, at the same column).
    /// </summary>
    private static string LayoutRequests(Func<string, IReadOnlyList<long?>> values)
    {
        var lines = new List<string> { "申请人情况", new string(' ', LabelWidth) + "自然   商业   科研   社会   法律   其他   总计" };
        foreach (var row in ReportTemplate.RequestRows2021)
        {
            var (top, middle, bottom) = (new StringBuilder(), new StringBuilder(), new StringBuilder());
            var label = row.Label;
            var wrapped = label.Length > LabelLine;
            var first = new StringBuilder(wrapped ? label[..LabelLine] : "");
            middle.Append(wrapped ? label[LabelLine..] : label);
            var cells = values(row.Key).Select(Value).ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                var start = LabelWidth + c * Step;
                // A wrapped label's total stands on its first line.
                var line = wrapped && c == cells.Count - 1 ? first : middle;
                if (cells[c].Length <= ColumnWidth)
                {
                    Put(line, start, cells[c]);
                    continue;
                }
                Put(top, start, cells[c][..ColumnWidth]);
                Put(bottom, start, cells[c][ColumnWidth..]);
            }
            lines.AddRange(new[] { top, first, middle, bottom }.Select(b => b.ToString().TrimEnd()).Where(l => l.Length > 0));
        }
        return string.Join('\n', lines);
    }

    private static void Put(StringBuilder line, int start, string text)
    {
        if (line.Length < start)
        {
            line.Append(' ', start - line.Length);
        }
        line.Append(text);
    }

    private static ReportReading Read(string requests) => new TextReportReader().Read(With(requests, Appeals()), ReadOptions.None);

    [Fact]
    public void Layout_with_numbers_wrapped_in_narrow_columns_reads_every_row_joining_what_the_row_total_confirms()
    {
        var reading = Read(LayoutRequests(key => Rows[key]));

        Assert.All(ReportTemplate.RequestRows2021, row => Assert.Equal(Rows[row.Key], reading.Report.Sections.Requests.Rows[row.Key]));
        Assert.Contains(reading.Inferred, c => c is { Location: "三/R1/自然人", Value: 3001, Basis: InferenceBasis.Identity });
        Assert.Contains(reading.Inferred, c => c is { Location: "三/S7/总计", Value: 3050, Basis: InferenceBasis.Identity });
        Assert.DoesNotContain(new ReportValidator().Validate(reading), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Wrapped_number_the_row_total_does_not_confirm_stays_blank_with_a_warning_naming_the_cell()
    {
        // 3002 + 53 + 0 + 0 + 61 + 4 is not the written total 3119: whether "300" and "2" are one number is not known.
        var reading = Read(LayoutRequests(key => key == "R1" ? [3002, 53, 0, 0, 61, 4, 3119] : Rows[key]));

        Assert.Equal([null, 53, 0, 0, 61, 4, null], reading.Report.Sections.Requests.Rows["R1"]);
        Assert.Contains(reading.Inferred, c => c is { Location: "三/R1/自然人", Value: null, Basis: InferenceBasis.Unresolved } && c.Reason.Contains("“300”“2”", StringComparison.Ordinal));
        Assert.Contains(reading.Notes, f => f.Severity == Severity.Warning && f.Location == "三/R1");
        Assert.All(ReportTemplate.RequestRows2021.Where(r => r.Key != "R1"), row => Assert.Equal(Rows[row.Key], reading.Report.Sections.Requests.Rows[row.Key]));
    }

    [Fact]
    public void Wrapped_number_of_table_two_stays_blank_with_a_warning_naming_the_cell()
    {
        // 现行有效件数 of 规章 written 1234, wrapped: table 二 has no identity to confirm the join.
        var lines = RealReports.Text(RealReports.HuaianFile).Split('\n').ToList();
        var row = lines.FindIndex(l => l.TrimStart().StartsWith("规章", StringComparison.Ordinal) && l.TrimEnd().EndsWith("11", StringComparison.Ordinal));
        var column = lines[row].TrimEnd().Length - 2;
        lines[row] = lines[row].TrimEnd()[..column].TrimEnd();
        lines.Insert(row + 1, new string(' ', column) + "4");
        lines.Insert(row, new string(' ', column) + "123");

        var reading = new TextReportReader().Read(string.Join('\n', lines), ReadOptions.None);

        Assert.Null(reading.Report.Sections.Proactive.Find("一", "规章", "现行有效件数")?.Value);
        Assert.Equal(1m, reading.Report.Sections.Proactive.Find("一", "规章", "本年制发件数")?.Value);
        Assert.Contains(reading.Inferred, c => c is { Location: "二/一/规章/现行有效件数", Value: null, Basis: InferenceBasis.Unresolved });
    }

    [Fact]
    public void Raw_text_with_the_pieces_of_wrapped_numbers_among_the_others_reads_the_one_joining_that_balances()
    {
        string Pieces(long? value) => Value(value) is { Length: > ColumnWidth } text ? $"{text[..ColumnWidth]} {text[ColumnWidth..]}" : Value(value);
        var requests = "申请人情况 自然人 法人或其他组织 总计\n" + string.Join('\n', ReportTemplate.RequestRows2021.Select(row => $"{row.Label} {string.Join(' ', Rows[row.Key].Select(Pieces))}"));

        var reading = Read(requests);

        Assert.All(ReportTemplate.RequestRows2021, row => Assert.Equal(Rows[row.Key], reading.Report.Sections.Requests.Rows[row.Key]));
        Assert.Contains(reading.Inferred, c => c is { Location: "三/G1/总计", Value: 1362, Basis: InferenceBasis.Identity });
    }

    [Fact]
    public void Pieces_that_balance_joined_two_ways_leave_the_cells_they_disagree_on_blank()
    {
        // 1 0 2 15 3 0 21 and 10 2 1 5 3 0 21 both balance.
        var fitted = RowFit.Fit(["1", "0", "2", "1", "5", "3", "0", "21"], new RowShape(7, 7));

        Assert.Equal<IEnumerable<string?>>([null, null, null, null, "3", "0", "21"], fitted.Texts);
        Assert.All(fitted.Bases.Take(4), b => Assert.Equal(InferenceBasis.Unresolved, b));
    }

    [Fact]
    public void Title_wrapped_onto_a_line_of_its_own_is_one_title()
    {
        var text = RealReports.Text(RealReports.HuaianFile);
        var at = text.IndexOf("工作年度报告\n", StringComparison.Ordinal);
        var wrapped = text[..at] + "工作年度报\n                      告\n" + text[(at + "工作年度报告\n".Length)..];

        Assert.Equal("淮安市人民政府2024年政府信息公开工作年度报告", new TextReportReader().Read(wrapped, ReadOptions.None).Report.Title);
    }
}
