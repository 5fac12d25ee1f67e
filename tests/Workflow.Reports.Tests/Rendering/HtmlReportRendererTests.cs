using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Reports.Tests.Rendering;

public class HtmlReportRendererTests
{
    private static readonly HtmlReportRenderer Renderer = new();

    [Fact]
    public void Page_is_a_self_contained_chinese_document_without_scripts()
    {
        var html = Renderer.Render(SampleReports.Consistent2021());

        Assert.StartsWith("<!doctype html>\n<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Page_has_print_styles()
    {
        Assert.Contains("@media print", Renderer.Render(SampleReports.Consistent2021()));
    }

    [Fact]
    public void Page_shows_title_six_headings_and_paragraphs_split_on_line_breaks()
    {
        var html = Renderer.Render(SampleReports.Consistent2021());

        Assert.Contains("<title>怀仁市行政审批服务管理局2023年政府信息公开工作年度报告</title>", html);
        Assert.Contains("<h1>怀仁市行政审批服务管理局2023年政府信息公开工作年度报告</h1>", html);
        var headings = new[]
        {
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        };
        var positions = headings.Select(h => html.IndexOf($"<h2>{h}</h2>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<p>2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。</p>\n<p>（一）主动公开</p>\n<p>全年主动公开信息120条。</p>", html);
    }

    [Fact]
    public void Page_ends_with_agency_and_date_signature()
    {
        var html = Renderer.Render(SampleReports.Consistent2021());

        Assert.Contains("<div class=\"signature\">\n<p>怀仁市行政审批服务管理局</p>\n<p>2024年1月15日</p>", html);
    }

    [Fact]
    public void Requests_table_has_seven_numeric_columns_in_every_data_row()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2021()), "requests");

        Assert.Equal(25, table.DataRows.Count());
        Assert.All(table.DataRows, row => Assert.Equal(7, row.Count(c => c.Tag == "td")));
        Assert.All(table.DataRows, row => Assert.Equal(3, row.First(c => c.Tag == "td").Column));
    }

    [Fact]
    public void Requests_table_fills_ten_grid_columns_on_every_row()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2021()), "requests");

        Assert.All(table.Widths, width => Assert.Equal(10, width));
    }

    [Fact]
    public void Requests_table_header_block_has_the_template_spans()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2021()), "requests");

        Assert.Equal(new RenderedTable.Cell("th", ReportTemplate.RequestsBalanceNote, 0, 3, 3), table.Rows[0][0]);
        Assert.Equal(new RenderedTable.Cell("th", "申请人情况", 3, 7, 1), table.Rows[0][1]);
        Assert.Equal(
            [new("th", "自然人", 3, 1, 2), new("th", "法人或其他组织", 4, 5, 1), new("th", "总计", 9, 1, 2)],
            table.Rows[1]);
        Assert.Equal(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], table.Rows[2].Select(c => c.Text));
        Assert.Equal([4, 5, 6, 7, 8], table.Rows[2].Select(c => c.Column));
    }

    [Fact]
    public void Requests_table_prints_every_template_row_label_in_order()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2021()), "requests");

        var labels = table.DataRows.Select(row => row.Last(c => c.Tag == "th").Text);
        Assert.Equal(ReportTemplate.RequestRows2021.Select(r => r.Label), labels);
    }

    [Fact]
    public void Requests_table_outcome_label_spans_the_22_outcome_rows_of_2021()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2021()), "requests");

        var outcome = table.Header("三、本年度办理结果");
        Assert.Equal((0, 1, 22), (outcome.Column, outcome.Colspan, outcome.Rowspan));
    }

    [Theory]
    [InlineData("（三）不予公开", 8)]
    [InlineData("（四）无法提供", 3)]
    [InlineData("（五）不予处理", 5)]
    [InlineData("（六）其他处理", 3)]
    public void Requests_table_group_labels_span_their_numbered_rows(string group, int rows)
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2021()), "requests");

        var header = table.Header(group);
        Assert.Equal((1, 1, rows), (header.Column, header.Colspan, header.Rowspan));
    }

    [Fact]
    public void Requests_table_of_2019_has_23_rows_and_a_single_other_handling_row()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2019()), "requests");

        Assert.Equal(23, table.DataRows.Count());
        Assert.Equal((1, 2, 1), (table.Header("（六）其他处理").Column, table.Header("（六）其他处理").Colspan, table.Header("（六）其他处理").Rowspan));
        Assert.Equal(20, table.Header("三、本年度办理结果").Rowspan);
        Assert.All(table.Widths, width => Assert.Equal(10, width));
    }

    [Fact]
    public void Requests_table_prints_values_and_leaves_null_cells_empty()
    {
        var report = SampleReports.Consistent2021().WithRequestCell("R1", ReportTemplate.TotalColumn, null);
        var table = RenderedTable.Find(Renderer.Render(report), "requests");

        var r1 = table.DataRows.First().Where(c => c.Tag == "td").Select(c => c.Text);
        Assert.Equal(["3", "1", "0", "0", "0", "0", ""], r1);
    }

    [Fact]
    public void Appeals_table_has_the_template_header_spans_and_fifteen_numbers()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2021()), "appeals");

        Assert.Equal([new("th", "行政复议", 0, 5, 1), new("th", "行政诉讼", 5, 10, 1)], table.Rows[0]);
        Assert.All(table.Rows[1].Take(5), c => Assert.Equal(2, c.Rowspan));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], table.Rows[1].Take(5).Select(c => c.Text));
        Assert.Equal([new("th", "未经复议直接起诉", 5, 5, 1), new("th", "复议后起诉", 10, 5, 1)], table.Rows[1].Skip(5));
        Assert.Equal(Enumerable.Range(5, 10), table.Rows[2].Select(c => c.Column));
        Assert.Equal(["1", "1", "0", "1", "3", "0", "0", "1", "0", "1", "1", "0", "0", "0", "1"], table.Rows[3].Select(c => c.Text));
        Assert.All(table.Widths, width => Assert.Equal(15, width));
    }

    [Fact]
    public void Proactive_table_groups_cells_by_clause_with_caption_and_column_headers()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2021()), "proactive");

        Assert.Equal(
            ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"],
            table.Rows.SelectMany(r => r).Where(c => c.Text.StartsWith("第二十条", StringComparison.Ordinal)).Select(c => c.Text));
        Assert.Equal(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], table.Rows[1].Select(c => c.Text));
        Assert.Equal(["行政许可", "15098件"], table.Rows[6].Select(c => c.Text));
        Assert.All(table.Widths, width => Assert.Equal(4, width));
    }

    [Fact]
    public void Proactive_table_keeps_the_columns_a_mixed_report_wrote()
    {
        var table = RenderedTable.Find(Renderer.Render(SampleReports.Consistent2019()), "proactive");

        var procurement = table.Rows.SkipWhile(r => r[0].Text != "第二十条第（九）项").ToList();
        Assert.Equal(["信息内容", "采购项目数量", "采购总金额"], procurement[1].Select(c => c.Text));
        Assert.Equal(["政府集中采购", "9", "1887.214474万元"], procurement[2].Select(c => c.Text));
    }

    [Fact]
    public void Proactive_table_without_cells_shows_the_empty_template_of_the_edition()
    {
        var report = SampleReports.Consistent2021();
        report = report with { Sections = report.Sections with { Proactive = new ProactiveSection("", []) } };
        var table = RenderedTable.Find(Renderer.Render(report), "proactive");

        Assert.Equal(6, table.DataRows.Count());
        Assert.All(table.DataRows.SelectMany(r => r).Where(c => c.Tag == "td"), c => Assert.Equal("", c.Text));
    }

    [Fact]
    public void Report_text_is_html_encoded_everywhere()
    {
        const string Attack = "<script>alert('x')</script>&<b>";
        var report = SampleReports.Consistent2021().WithOverview(Attack)
            .WithProactiveRaw("五", "行政许可", "本年处理决定数量", Attack, null);
        report = report with { Title = Attack, Agency = report.Agency with { Name = Attack } };

        var html = Renderer.Render(report);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&lt;b&gt;", html);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var first = Renderer.Render(SampleReports.Consistent2021());
        var second = new HtmlReportRenderer().Render(SampleReports.Consistent2021());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Seed_renders_its_mixed_tables_on_the_template_grid()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "huairen-xzspj-2023.txt"));
        var html = Renderer.Render(new TextReportReader().Read(text, ReadOptions.None).Report);

        var requests = RenderedTable.Find(html, "requests");
        Assert.Equal(23, requests.DataRows.Count());
        Assert.All(requests.Widths, width => Assert.Equal(10, width));
        var proactive = RenderedTable.Find(html, "proactive");
        Assert.Contains(proactive.DataRows, row => row.Select(c => c.Text).SequenceEqual(["行政许可", "15098件"]));
        Assert.Contains(proactive.Rows, row => row[0].Text == "第二十条第（九）项");
        Assert.All(proactive.Widths, width => Assert.Equal(4, width));
    }

    [Fact]
    public void Article_is_the_body_of_the_page()
    {
        var report = SampleReports.Consistent2021();
        var article = Renderer.RenderArticle(report);

        Assert.StartsWith("<article class=\"report\">", article);
        Assert.DoesNotContain("<html", article);
        Assert.Contains(article, Renderer.Render(report));
    }

    [Fact]
    public void Page_of_a_report_titled_for_another_agency_is_titled_headed_and_signed_by_its_own_agency()
    {
        var report = SampleReports.Consistent2021() with { Title = "怀仁市人民政府办公室2023年政府信息公开工作年度报告" };

        var html = Renderer.Render(report);

        Assert.Contains("<title>怀仁市行政审批服务管理局2023年政府信息公开工作年度报告</title>", html);
        Assert.Contains("<h1>怀仁市行政审批服务管理局2023年政府信息公开工作年度报告</h1>", html);
        Assert.DoesNotContain("怀仁市人民政府办公室", html);
    }

    [Fact]
    public void Page_of_a_report_titled_for_its_agency_keeps_the_title_as_written()
    {
        var report = SampleReports.Consistent2021() with { Title = "2023年怀仁市行政审批服务管理局政府信息公开工作年度报告" };

        Assert.Contains("<h1>2023年怀仁市行政审批服务管理局政府信息公开工作年度报告</h1>", Renderer.Render(report));
    }
}
