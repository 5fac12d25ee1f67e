using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;
using static Workflow.Reports.Tests.Reading.Troubles.TableText;

namespace Workflow.Reports.Tests.Reading.Troubles;

/// <summary>
/// Each kind of trouble real renderings bring, reproduced on the Huai'an 2024 report: every cell of tables 三 and 四
/// is read exactly, or left null with a warning, and no error rests on a misreading.
/// </summary>
public class ReadingTroubleTests
{
    private static readonly TextReportReader Reader = new();

    private static ReportReading Read(string text) => Reader.Read(text, ReadOptions.None);

    private static void AssertReadExactly(ReportReading reading, string[]? unresolved = null)
    {
        var mismatches = ReportTemplate.RequestRows2021
            .SelectMany(r => Enumerable.Range(0, 7).Select(c => (Row: r.Key, Column: c)))
            .Where(x => reading.Report.Sections.Requests.Cell(x.Row, x.Column) != Rows[x.Row][x.Column])
            .Select(x => $"三/{x.Row}/{ReportTemplate.RequestColumns[x.Column]}: {Rows[x.Row][x.Column]} read {reading.Report.Sections.Requests.Cell(x.Row, x.Column)?.ToString() ?? "null"}")
            .Concat(Enumerable.Range(0, 15)
                .Where(i => i >= reading.Report.Sections.Appeals.Values.Count || reading.Report.Sections.Appeals.Values[i] != Appeals[i])
                .Select(i => $"四/{ReportTemplate.AppealColumn(i)}: {Appeals[i]}"))
            .Where(m => unresolved?.Any(u => m.StartsWith(u + ":", StringComparison.Ordinal)) != true)
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        AssertNoError(reading);
    }

    private static void AssertNoError(ReportReading reading)
    {
        var errors = new ReportValidator().Validate(reading).Where(f => f.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.RuleId} {e.Location} {e.Message}")));
    }

    [Fact]
    public void Part_heading_run_into_its_paragraph_is_found()
    {
        var text = RealReports.Text(RealReports.HuaianFile);
        var at = text.IndexOf("一、总体情况", StringComparison.Ordinal);
        var end = text.IndexOf("2024 年，我市坚持", at, StringComparison.Ordinal);
        var reading = Read(text[..(at + "一、总体情况".Length)] + text[end..]);

        Assert.StartsWith("2024 年，我市坚持", reading.Report.Sections.Overview, StringComparison.Ordinal);
        Assert.DoesNotContain(new ReportValidator().Validate(reading), f => f.RuleId == "F-SECT");
    }

    [Fact]
    public void Lines_that_only_end_a_row_are_not_cells()
    {
        string CellPerLine(IEnumerable<string> labels, IEnumerable<IReadOnlyList<long?>> rows) =>
            string.Join('\n', labels.Zip(rows, (label, values) => string.Join('\n', [$"{label} |", .. values.Select(v => $"{Value(v)} |"), "||"])));
        var requests = "申请人情况 |\n自然人 |\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n总计 | ||\n"
            + CellPerLine(ReportTemplate.RequestRows2021.Select(r => r.Label), ReportTemplate.RequestRows2021.Select(r => Rows[r.Key]));
        var appeals = "行政复议 |\n行政诉讼 | ||\n" + string.Join('\n', ReportTemplate.AppealOutcomes.Select(o => o + " |")) + "\n||\n"
            + string.Join('\n', Appeals.Chunk(5).Select(group => string.Join('\n', group.Select(v => $"{Value(v)} |")) + "\n||"));

        AssertReadExactly(Read(With(requests, appeals)));
    }

    [Fact]
    public void Markdown_tables_from_a_pdf_extractor_are_read()
    {
        AssertReadExactly(Read(With(MarkdownRequests(), MarkdownAppeals())));
    }

    [Fact]
    public void Value_rows_detached_from_their_labels_are_read()
    {
        var requests = MarkdownRequests(row: r =>
        {
            var cells = r.Trim('|').Split('|');
            var label = string.Join(" | ", cells[..3].Select(c => c.Trim()));
            return $"| {label} | | | | | | | |\n| | | | {string.Join(" | ", cells[3..].Select(c => c.Trim()))} |";
        });

        AssertReadExactly(Read(With(requests, MarkdownAppeals())));
    }

    [Fact]
    public void Labels_split_over_two_lines_are_read()
    {
        var requests = MarkdownRequests().Replace("5.属于三类内部事务信息 |", "5.属于三类内部事务信 |", StringComparison.Ordinal)
            .Replace("（七）总计", "（七）总", StringComparison.Ordinal);
        requests = requests.Replace("| 5.属于三类内部事务信 | 7 | 1 | 0 | 0 | 0 | 0 | 8 |", "| 5.属于三类内部事务信 | 7 | 1 | 0 | 0 | 0 | 0 | 8 |\n| | | 息 | | | | | | | |", StringComparison.Ordinal);

        AssertReadExactly(Read(With(requests, MarkdownAppeals())));
    }

    [Theory]
    [InlineData("5.属于三类内部事务信息", "5.属于三类内部事物信息")]
    [InlineData("2.没有现成信息需要另行制作", "2.没有现成信息需要另制作")]
    [InlineData("1.本机关不掌握相关政府信息", "1.本机关不掌握相关政府信")]
    [InlineData("4.无正当理由大量反复申请", "4.无正当理由大量反复申")]
    public void Labels_with_a_typo_are_read(string label, string typo)
    {
        var requests = MarkdownRequests(label: l => l == label ? typo : l);

        AssertReadExactly(Read(With(requests, MarkdownAppeals())));
    }

    [Theory]
    [InlineData("— 3 —")]
    [InlineData("-4-")]
    [InlineData("第 3 页 共 9 页")]
    public void Page_footer_inside_a_table_is_dropped(string footer)
    {
        var requests = MarkdownRequests(row: r => r.Contains("4.保护第三方合法权益", StringComparison.Ordinal) ? $"{r}\n\n{footer}\n" : r);

        AssertReadExactly(Read(With(requests, MarkdownAppeals())));
    }

    [Fact]
    public void Row_with_a_stray_extra_cell_is_read()
    {
        var requests = MarkdownRequests(row: r => r.Contains("1.属于国家秘密", StringComparison.Ordinal) ? r.Replace("1.属于国家秘密 |", "1.属于国家秘密 | |", StringComparison.Ordinal) : r);

        AssertReadExactly(Read(With(requests, MarkdownAppeals())));
    }

    [Fact]
    public void Ocr_markdown_with_one_small_table_per_row_and_placeholder_headers_is_read()
    {
        static string Small(params string[] cells) =>
            $"| {string.Join(" | ", cells.Select((_, i) => $"Col{i + 1}"))} |\n|{string.Concat(cells.Select(_ => "---|"))}\n| {string.Join(" | ", cells)} |\n";
        var requests = string.Join('\n', ReportTemplate.RequestRows2021.Select(r => Small([r.Label, .. Rows[r.Key].Select(Value)])));
        var appeals = Small("行政复议", "行政诉讼") + "\n" + Small([.. Appeals.Select(Value)]);

        AssertReadExactly(Read(With(requests, appeals)));
    }

    [Fact]
    public void Ocr_markdown_with_the_last_rows_under_a_wrong_header_is_read()
    {
        var rows = ReportTemplate.RequestRows2021.Select(r => $"| {r.Label} | {string.Join(" | ", Rows[r.Key].Select(Value))} |").ToList();
        var requests = "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n"
            + string.Join('\n', rows[..^2])
            + "\n\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | | | |\n|---|---|---|---|---|---|---|---|\n"
            + string.Join('\n', rows[^2..]);

        AssertReadExactly(Read(With(requests, MarkdownAppeals())));
    }

    [Fact]
    public void Tab_separated_rows_copied_from_a_browser_are_read()
    {
        var requests = "申请人情况\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"
            + string.Join('\n', ReportTemplate.RequestRows2021.Select(r => $"{(r.Group is null ? "" : "三、本年度办理结果")}\t{r.Group}\t{r.Label}\t{string.Join('\t', Rows[r.Key].Select(Value))}"));
        var appeals = "行政复议\t\t\t\t\t行政诉讼\n" + string.Join('\t', Appeals.Select(Value));

        AssertReadExactly(Read(With(requests, appeals)));
    }

    [Fact]
    public void Cells_of_rows_run_together_are_split_by_the_identities()
    {
        var requests = "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
            + string.Join('\n', ReportTemplate.RequestRows2021.Select(r => r.Label + string.Concat(Rows[r.Key].Select(Value))));
        var appeals = "行政复议 行政诉讼\n" + string.Join(' ', Appeals.Chunk(5).Select(g => string.Concat(g.Select(Value))));

        var reading = Read(With(requests, appeals));

        // Every row of 三 has one split that balances its row and columns; 四's third group "1211620" balances as
        // 12+1+1+6, 1+2+1+16 and 1+2+11+6 = 20, so only its total is read.
        AssertReadExactly(reading, unresolved: ["四/复议后起诉/结果维持", "四/复议后起诉/结果纠正", "四/复议后起诉/其他结果", "四/复议后起诉/尚未审结"]);
        Assert.Contains(reading.Inferred, c => c is { Location: "三/R1/自然人", Value: 3001, Basis: InferenceBasis.Identity });
        Assert.Contains(reading.Inferred, c => c is { Location: "四/复议后起诉/结果维持", Value: null, Basis: InferenceBasis.Unresolved });
    }

    [Fact]
    public void Digits_run_together_with_one_balanced_split_are_read_exactly()
    {
        var reading = Read(With(MarkdownRequests(row: r => r.Contains("（一）予以公开", StringComparison.Ordinal) ? "| | | （一）予以公开 | 128821005031362 |" : r), MarkdownAppeals()));

        AssertReadExactly(reading);
        Assert.Contains(reading.Inferred, c => c.Location == "三/G1/总计" && c.Value == 1362 && c.Basis == InferenceBasis.Identity);
    }

    [Fact]
    public void Digits_run_together_with_two_balanced_splits_stay_null_with_a_warning()
    {
        var reading = Read(With(MarkdownRequests(row: r => r.Contains("2.重复申请", StringComparison.Ordinal) ? "| | | 2.重复申请 | 110000112 |" : r), MarkdownAppeals()));

        var row = reading.Report.Sections.Requests.Rows["N2"];
        Assert.Equal(new long?[] { null, null, 0, 0, 0, 1, 12 }, row);
        Assert.Contains(reading.Inferred, c => c is { Location: "三/N2/自然人", Value: null, Basis: InferenceBasis.Unresolved });
        Assert.Contains(reading.Notes, n => n is { RuleId: "T3-FULL", Severity: Severity.Warning, Location: "三/N2" });
        AssertNoError(reading);
    }

    [Fact]
    public void A_real_balance_error_is_an_error_at_its_row_and_column()
    {
        var reading = Read(With(MarkdownRequests(row: r => r.Replace("| 1288 |", "| 1289 |", StringComparison.Ordinal)), MarkdownAppeals()));

        var findings = new ReportValidator().Validate(reading);
        Assert.Contains(findings, f => f is { RuleId: "T3-ROW", Severity: Severity.Error, Location: "三/G1/自然人" });
    }

    [Fact]
    public void A_partial_draft_is_read_and_its_missing_parts_are_findings()
    {
        var text = RealReports.Text(RealReports.HuaianFile);
        var reading = Read(text[..text.IndexOf("信息内容", StringComparison.Ordinal)]);

        Assert.Equal(2024, reading.Report.Year);
        Assert.NotEmpty(reading.Report.Sections.Overview);
        var findings = new ReportValidator().Validate(reading);
        Assert.Contains(findings, f => f is { RuleId: "F-SECT", Location: "五" });
        Assert.Contains(findings, f => f.RuleId == "F-TABLES");
    }

    [Fact]
    public void A_year_written_only_in_the_preamble_is_found()
    {
        var text = "某某县人民政府办公室\n政府信息公开工作年度报告\n本报告由本机关编制2023年度政府信息公开工作年度报告。\n一、总体情况\n本年度，我县持续推进政务公开。\n";

        Assert.Equal(2023, Read(text).Report.Year);
    }

    [Fact]
    public void Part_二_in_the_2021_layout_and_table_三_in_the_2019_layout_read_as_mixed()
    {
        var rows = ReportTemplate.RequestRows2019.Select(r => r.Key == "O"
            ? $"| | | （六）其他处理 | {string.Join(" | ", Enumerable.Range(0, 7).Select(c => Rows["O1"][c] + Rows["O2"][c] + Rows["O3"][c]))} |"
            : $"| | | {r.Label} | {string.Join(" | ", Rows[r.Key].Select(Value))} |");
        var requests = "| 申请人情况 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|---|---|\n" + string.Join('\n', rows);

        var reading = Read(With(requests, MarkdownAppeals()));

        Assert.Equal(Edition.Mixed, reading.Report.Edition);
        Assert.Equal(new long?[] { 181, 5, 0, 0, 1, 0, 187 }, reading.Report.Sections.Requests.Rows["O"]);
        AssertNoError(reading);
    }

    [Fact]
    public void A_numbered_part_heading_with_a_typo_is_found()
    {
        var text = RealReports.Text(RealReports.HuaianFile).Replace("五、存在的主要问题及改进情况", "五、存在的主要问题及改近情况", StringComparison.Ordinal);

        var reading = Read(text);

        Assert.NotEmpty(reading.Report.Sections.Problems);
    }

    [Fact]
    public void A_part_whose_heading_is_not_recognised_but_named_is_a_warning_not_a_block()
    {
        var text = RealReports.Text(RealReports.HuaianFile).Replace("五、存在的主要问题及改进情况", "五、关于存在的主要问题和下一步的改进", StringComparison.Ordinal);

        var findings = new ReportValidator().Validate(Read(text));

        Assert.Contains(findings, f => f is { RuleId: "F-SECT", Location: "五", Severity: Severity.Warning });
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Blank_cells_of_a_table_laid_out_with_spaces_keep_their_columns()
    {
        // As pdftotext -layout writes a table whose zeros were left blank: a blank cell is only spaces.
        static string Laid(string label, IEnumerable<string> cells) =>
            label.PadRight(40) + string.Concat(cells.Select(c => c.PadLeft(8)));
        static long? Blanked(string key, long? value) => key == "R1" || value != 0 ? value : null;
        var requests = Laid("", ReportTemplate.RequestColumns) + "\n"
            + string.Join('\n', ReportTemplate.RequestRows2021.Select(r => Laid(r.Label, Rows[r.Key].Select(v => Value(Blanked(r.Key, v))))));

        var reading = Read(With(requests, MarkdownAppeals()));

        foreach (var row in ReportTemplate.RequestRows2021)
        {
            Assert.Equal(Rows[row.Key].Select(v => Blanked(row.Key, v)), reading.Report.Sections.Requests.Rows[row.Key]);
        }
        Assert.DoesNotContain(new ReportValidator().Validate(reading), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_balance_note_written_under_table_三_does_not_hide_its_rows()
    {
        var requests = MarkdownRequests().Replace("| 申请人情况 |", "| |", StringComparison.Ordinal)
            + "\n\n" + ReportTemplate.RequestsBalanceNote;

        AssertReadExactly(Read(With(requests, MarkdownAppeals())));
    }

    [Fact]
    public void Table_四_without_its_header_rows_is_read_in_template_order_with_a_warning()
    {
        var appeals = "| " + string.Join(" | ", Appeals.Select(Value)) + " |";

        var reading = Read(With(MarkdownRequests(), appeals));

        Assert.Equal(Appeals, reading.Report.Sections.Appeals.Values);
        Assert.Contains(reading.Inferred, c => c is { Location: "四", Basis: InferenceBasis.TemplateOrder });
        AssertNoError(reading);
    }

    [Fact]
    public void Part_二_tables_without_their_captions_are_read_by_row_label_with_a_warning()
    {
        var text = string.Join('\n', RealReports.Text(RealReports.HuaianFile).Split('\n').Where(l => !l.Contains("第二十条", StringComparison.Ordinal)));

        var reading = Read(text);

        Assert.Equal(Expected.Sections.Proactive.Cells.Select(c => (c.Clause, c.Row, c.Column, c.Value)),
            reading.Report.Sections.Proactive.Cells.Select(c => (c.Clause, c.Row, c.Column, c.Value)));
        Assert.Contains(reading.Inferred, c => c is { Location: "二", Basis: InferenceBasis.TemplateOrder });
        AssertNoError(reading);
    }
}
