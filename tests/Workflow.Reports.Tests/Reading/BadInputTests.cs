using System.Text;
using CsCheck;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Reading;

/// <summary>Inputs that are not a readable report get a clear, coded refusal; nothing else ever escapes.</summary>
public class BadInputTests
{
    private static readonly TextReportReader Reader = new();

    private static UnreadableReportException Refusal(byte[] bytes) =>
        Assert.Throws<UnreadableReportException>(() => Reader.Read(bytes, ReadOptions.None));

    private static UnreadableReportException Refusal(string text) =>
        Assert.Throws<UnreadableReportException>(() => Reader.Read(text, ReadOptions.None));

    /// <summary>Reads or refuses with <see cref="UnreadableReportException"/>; any other exception fails the caller.</summary>
    private static ReportReading? ReadOrRefuse(Func<ReportReading> read)
    {
        try
        {
            return read();
        }
        catch (UnreadableReportException refusal)
        {
            Assert.Contains(refusal.Code, new[] { "empty", "binary", "too-large", "not-a-report" });
            Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
            return null;
        }
    }

    [Fact]
    public void Empty_bytes_are_refused_as_empty()
    {
        Assert.Equal("empty", Refusal([]).Code);
    }

    [Fact]
    public void Whitespace_only_text_is_refused_as_empty()
    {
        Assert.Equal("empty", Refusal(Encoding.UTF8.GetBytes(" \r\n\t\n  　\n")).Code);
    }

    [Fact]
    public void A_png_image_is_refused_as_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var refusal = Refusal(png);

        Assert.Equal("binary", refusal.Code);
        Assert.Contains("不是文本", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_refused_as_binary()
    {
        Assert.Equal("binary", Refusal([0x41, 0xFF, 0xFF, 0xFF, 0x80, 0x42, 0xFF]).Code);
    }

    [Fact]
    public void Text_full_of_control_characters_is_refused_as_binary()
    {
        var text = string.Concat(Enumerable.Repeat("一、总体情况\u0001\u0002\u0003\u0004\u0005", 100));

        Assert.Equal("binary", Refusal(text).Code);
    }

    [Fact]
    public void Ten_megabytes_are_refused_as_too_large()
    {
        var bytes = new byte[10 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');

        var refusal = Refusal(bytes);

        Assert.Equal("too-large", refusal.Code);
        Assert.Contains("过大", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_megabytes_of_text_are_refused_as_too_large()
    {
        Assert.Equal("too-large", Refusal(new string('报', 10 * 1024 * 1024 / 3)).Code);
    }

    [Fact]
    public void Input_just_over_the_limit_is_refused_and_just_under_is_read_as_text()
    {
        var over = new byte[TextReportReader.MaxBytes + 1];
        Array.Fill(over, (byte)'x');
        var under = new byte[TextReportReader.MaxBytes];
        Array.Fill(under, (byte)'x');

        Assert.Equal("too-large", Refusal(over).Code);
        Assert.Equal("not-a-report", Refusal(under).Code);
    }

    [Theory]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nSed do eiusmod tempor.")]
    [InlineData("关于做好2024年春节期间安全生产工作的通知\n各乡镇人民政府、各有关单位：\n现将有关事项通知如下。\n一、高度重视\n二、加强检查")]
    [InlineData("{\"report\": {\"year\": 2023}}")]
    [InlineData("一、总体情况\n本年度工作平稳。")]
    public void Text_without_report_structure_is_refused_as_not_a_report(string text)
    {
        var refusal = Refusal(text);

        Assert.Equal("not-a-report", refusal.Code);
        Assert.Contains("年度报告", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_saved_as_gb18030_reads_like_the_utf8_seed()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(RealReports.Text(RealReports.SeedFile));

        var reading = Reader.Read(bytes, ReadOptions.None);

        Assert.Equal("怀仁市行政审批服务管理局", reading.Report.Agency.Name);
        Assert.Equal(15098m, reading.Report.Sections.Proactive.Find("五", "行政许可", "本年处理决定数量")?.Value);
    }

    [Fact]
    public void Seed_with_a_byte_order_mark_reads_its_title()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(RealReports.Bytes(RealReports.SeedFile)).ToArray();

        Assert.Equal("怀仁市行政审批服务管理局2023年政府信息公开工作年度报告", Reader.Read(bytes, ReadOptions.None).Report.Title);
    }

    [Fact]
    public void Report_cut_in_the_middle_of_table_三_reads_with_notes_for_what_is_missing()
    {
        var text = RealReports.Text(RealReports.SeedFile);
        var cut = text[..text.IndexOf("4.保护第三方合法权益", StringComparison.Ordinal)];

        var reading = Reader.Read(cut, ReadOptions.None);

        Assert.Equal(["R1", "R2", "G1", "G2", "D1", "D2", "D3"], reading.Report.Sections.Requests.Rows.Keys);
        Assert.Contains(reading.Notes, n => n is { RuleId: "T3-FULL", Severity: Severity.Warning, Location: "三/D4" });
        Assert.Contains(reading.Notes, n => n is { RuleId: "T3-FULL", Severity: Severity.Warning, Location: "三/R4" });
        Assert.Contains(reading.Notes, n => n is { RuleId: "T4-INT", Severity: Severity.Error, Location: "四" });
    }

    [Theory]
    [InlineData(RealReports.SeedFile)]
    [InlineData(RealReports.HuaianFile)]
    [InlineData(RealReports.ShanghaiFile)]
    public void Every_truncation_of_a_real_report_reads_or_is_refused_clearly(string file)
    {
        var lines = RealReports.Text(file).Split('\n');
        for (var count = 0; count <= lines.Length; count++)
        {
            var prefix = string.Join('\n', lines.Take(count));
            ReadOrRefuse(() => Reader.Read(Encoding.UTF8.GetBytes(prefix), ReadOptions.None));
        }
    }

    [Fact]
    public void Real_reports_with_a_block_of_lines_removed_read_or_are_refused_clearly()
    {
        var lines = RealReports.Text(RealReports.HuaianFile).Split('\n');
        Gen.Select(Gen.Int[0, lines.Length - 1], Gen.Int[1, 40]).Sample((start, length) =>
        {
            var text = string.Join('\n', lines.Take(start).Concat(lines.Skip(start + length)));
            ReadOrRefuse(() => Reader.Read(text, ReadOptions.None));
        }, iter: 200);
    }

    [Fact]
    public void Random_bytes_read_or_are_refused_clearly()
    {
        Gen.Byte.Array[0, 3000].Sample(bytes => { ReadOrRefuse(() => Reader.Read(bytes, ReadOptions.None)); }, iter: 300);
    }

    [Fact]
    public void Random_text_made_of_report_fragments_reads_or_is_refused_clearly()
    {
        var fragments = Gen.OneOf<string>(
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "第二十条第（一）项", "信息内容", "本年新", "规章", "行政许可",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "一、本年新收政府信息公开申请数量",
            "（七）总计", "3.其他", "行政复议", "0", "12", "—", "/", "abc", " | ", " |", "||", "\n", "\n", "   ", "2024年1月15日",
            "某局2023年政府信息公开工作年度报告", "-3-", "\f", "（", "）", "、", "1.属于国家秘密");
        fragments.Array[0, 400].Select(parts => string.Concat(parts)).Sample(text =>
        {
            ReadOrRefuse(() => Reader.Read(text, ReadOptions.None));
        }, iter: 300);
    }
}
