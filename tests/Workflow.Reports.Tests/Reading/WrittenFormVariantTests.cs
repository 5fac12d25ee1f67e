using System.Globalization;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Tests.Support;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Reading;

/// <summary>The ways real reports write the same thing: heading wordings, label punctuation, cell notations.</summary>
public class WrittenFormVariantTests
{
    private static readonly TextReportReader Reader = new();

    private static readonly AnnualReport Example = ConsistentReports.Example();

    private static readonly string ExampleText = new TextReportWriter().Write(Example);

    private static ReportReading Read(string text) => Reader.Read(text, ReadOptions.None);

    private static string Replace(string text, string line, string replacement)
    {
        Assert.Contains(line, text, StringComparison.Ordinal);
        return text.Replace(line, replacement, StringComparison.Ordinal);
    }

    /// <summary>The seed with the one 行政许可 cell ("15098件") written differently.</summary>
    private static ReportReading SeedWithPermitCell(string raw) =>
        Read(Replace(RealReports.Text(RealReports.SeedFile), "15098件 | ||", raw + " | ||"));

    /// <summary>The seed with the first cell after a row label replaced.</summary>
    private static ReportReading SeedWithCellAfter(string label, string raw)
    {
        var lines = RealReports.Text(RealReports.SeedFile).Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith(label, StringComparison.Ordinal));
        lines[at + 1] = raw + " |";
        return Read(string.Join('\n', lines));
    }

    [Theory]
    [InlineData("一、总体情况", "一、概述")]
    [InlineData("一、总体情况", "第一部分 总体情况")]
    [InlineData("一、总体情况", "- 总体情况")]
    [InlineData("一、总体情况", "一. 总体情况：")]
    [InlineData("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况")]
    [InlineData("五、存在的主要问题及改进情况", "存在的主要问题及改进情况")]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况")]
    [InlineData("二、主动公开政府信息情况", "二、主动公开政府信息的情况")]
    public void Heading_wording_variant_still_starts_its_part(string heading, string variant)
    {
        var report = Read(Replace(ExampleText, "\n" + heading + "\n", "\n" + variant + "\n")).Report;

        Assert.Equal(Example.Sections.Overview, report.Sections.Overview);
        Assert.Equal(Example.Sections.Appeals.Values, report.Sections.Appeals.Values);
        Assert.Equal(Example.Sections.Appeals.Text, report.Sections.Appeals.Text);
        Assert.Equal(Example.Sections.Problems, report.Sections.Problems);
    }

    [Theory]
    [InlineData("第二十条第（一）项 |", "第二十条 第(一)项 |")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形） |", "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |")]
    [InlineData("3.危及“三安全一稳定” |", "3、危及\"三安全一稳定\" |")]
    [InlineData("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 |", "1，申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请 |")]
    [InlineData("一、本年新收政府信息公开申请数量 |", "一．本年新收政府信息公开申请数量 |")]
    [InlineData("（七）总计 |", "(七) 总 计 |")]
    [InlineData("自然人 |", "自 然 人 |")]
    public void Label_written_differently_reads_the_same_tables(string label, string variant)
    {
        var reading = Read(Replace(ExampleText, label, variant));

        Assert.Equal(Example.Sections.Proactive.Cells, reading.Report.Sections.Proactive.Cells);
        Assert.Equal(Example.Sections.Requests.Rows.Keys.Order(), reading.Report.Sections.Requests.Rows.Keys.Order());
        Assert.All(Example.Sections.Requests.Rows, row => Assert.Equal(row.Value, reading.Report.Sections.Requests.Rows[row.Key]));
        Assert.DoesNotContain(reading.Notes, n => n.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("15098件", "15098", "件")]
    [InlineData("增15", "15", null)]
    [InlineData("减4", "-4", null)]
    [InlineData("１２３", "123", null)]
    [InlineData("3,119", "3119", null)]
    [InlineData("12 件", "12", "件")]
    [InlineData("1887.214474万元", "1887.214474", "万元")]
    [InlineData("251000元", "251000", "元")]
    public void Proactive_cell_text_is_parsed_to_value_and_unit(string raw, string value, string? unit)
    {
        var cell = SeedWithPermitCell(raw).Report.Sections.Proactive.Find("五", "行政许可", "本年处理决定数量");

        Assert.NotNull(cell);
        Assert.Equal(raw, cell.Raw);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), cell.Value);
        Assert.Equal(unit, cell.Unit);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("/")]
    [InlineData("－")]
    [InlineData("无")]
    [InlineData("")]
    public void Proactive_cell_without_a_number_keeps_its_text_and_has_no_value(string raw)
    {
        var cell = SeedWithPermitCell(raw).Report.Sections.Proactive.Find("五", "行政许可", "本年处理决定数量");

        Assert.NotNull(cell);
        Assert.Equal(raw, cell.Raw);
        Assert.Null(cell.Value);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("无")]
    public void Placeholder_in_table_三_is_null_with_a_T3_INT_warning(string raw)
    {
        var reading = SeedWithCellAfter("一、本年新收政府信息公开申请数量", raw);

        Assert.Equal(new long?[] { null, 0, 0, 0, 0, 0, 0 }, reading.Report.Sections.Requests.Rows["R1"]);
        var note = Assert.Single(reading.Notes, n => n.RuleId == "T3-INT");
        Assert.Equal(Severity.Warning, note.Severity);
        Assert.Equal("三/R1/自然人", note.Location);
    }

    [Fact]
    public void Blank_cell_in_table_三_is_null_not_zero()
    {
        var reading = SeedWithCellAfter("(七)总计", "");

        Assert.Equal(new long?[] { null, 0, 0, 0, 0, 0, 0 }, reading.Report.Sections.Requests.Rows["S7"]);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("3.5")]
    [InlineData("十二")]
    public void Unreadable_cell_in_table_三_is_null_with_a_T3_INT_warning_naming_it(string raw)
    {
        var reading = SeedWithCellAfter("2.重复申请", raw);

        Assert.Null(reading.Report.Sections.Requests.Rows["N2"][0]);
        var note = Assert.Single(reading.Notes, n => n.RuleId == "T3-INT");
        Assert.Equal(Severity.Warning, note.Severity);
        Assert.Equal("三/N2/自然人", note.Location);
        Assert.Contains($"“{raw}”", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_cell_in_table_四_is_null_with_a_T4_INT_warning_at_its_column()
    {
        var text = Replace(ExampleText, "总计 |\n6 |\n", "总计 |\nx6 |\n");

        var reading = Read(text);

        Assert.Null(reading.Report.Sections.Appeals.Values[0]);
        var note = Assert.Single(reading.Notes, n => n.RuleId == "T4-INT");
        Assert.Equal(Severity.Warning, note.Severity);
        Assert.Equal("四/行政复议/结果维持", note.Location);
    }

    [Fact]
    public void Missing_row_of_table_三_is_a_T3_FULL_warning_at_its_key_and_an_unresolved_row()
    {
        var lines = RealReports.Text(RealReports.SeedFile).Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("2.重复申请", StringComparison.Ordinal));
        lines.RemoveRange(at, 8);

        var reading = Read(string.Join('\n', lines));

        Assert.False(reading.Report.Sections.Requests.Rows.ContainsKey("N2"));
        Assert.Equal(22, reading.Report.Sections.Requests.Rows.Count);
        var note = Assert.Single(reading.Notes, n => n.RuleId == "T3-FULL");
        Assert.Equal(("三/N2", Severity.Warning), (note.Location, note.Severity));
        Assert.Contains(reading.Inferred, c => c is { Location: "三/N2", Basis: InferenceBasis.Unresolved });
    }

    [Fact]
    public void Missing_table_四_is_a_T4_INT_error_and_leaves_15_nulls()
    {
        var lines = ExampleText.Split('\n');
        var from = Array.IndexOf(lines, "行政复议 |");
        var to = Array.IndexOf(lines, "五、存在的主要问题及改进情况");

        var reading = Read(string.Join('\n', lines.Take(from).Concat(lines.Skip(to))));

        Assert.Equal(Enumerable.Repeat<long?>(null, 15), reading.Report.Sections.Appeals.Values);
        Assert.Contains(reading.Notes, n => n is { RuleId: "T4-INT", Severity: Severity.Error, Location: "四" });
    }

    [Fact]
    public void Missing_tables_of_part_二_are_an_error()
    {
        var lines = ExampleText.Split('\n');
        var from = Array.FindIndex(lines, l => l.StartsWith("第二十条", StringComparison.Ordinal));
        var to = Array.IndexOf(lines, "三、收到和处理政府信息公开申请情况");

        var reading = Read(string.Join('\n', lines.Take(from).Concat(lines.Skip(to))));

        Assert.Empty(reading.Report.Sections.Proactive.Cells);
        Assert.Contains(reading.Notes, n => n is { RuleId: "T2-SHAPE21", Severity: Severity.Error, Location: "二" });
    }

    [Fact]
    public void Options_override_what_the_text_says()
    {
        var options = new ReadOptions(AgencyId: "huairen-xzspj", AgencyName: "怀仁市行政审批服务管理局（测试）", Kind: AgencyKind.Government, Year: 2022);

        var report = Reader.Read(RealReports.Bytes(RealReports.SeedFile), options).Report;

        Assert.Equal(new Agency("huairen-xzspj", "怀仁市行政审批服务管理局（测试）", AgencyKind.Government), report.Agency);
        Assert.Equal(2022, report.Year);
    }

    [Fact]
    public void Year_comes_from_the_statistics_period_when_the_title_has_none()
    {
        var text = Replace(ExampleText, Example.Title + "\n", "政府信息公开工作年度报告\n");

        var report = Read(text).Report;

        Assert.Equal(2023, report.Year);
        Assert.Equal("政府信息公开工作年度报告", report.Title);
    }
}
