using System.Text.Json;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Cli.Tests;

public class ReadCommandTests
{
    [Fact]
    public void Read_json_prints_report_and_findings()
    {
        var run = CliRun.Of("read", CliRun.Seed, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("怀仁市行政审批服务管理局", json.RootElement.GetProperty("report").GetProperty("agency").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("findings").ValueKind);
    }

    [Fact]
    public void Read_json_lists_the_inferred_cells_and_none_when_every_cell_was_read_as_written()
    {
        var run = CliRun.Of("read", CliRun.Seed, "--json");

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("inferred").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("inferred").GetArrayLength());
    }

    [Fact]
    public void An_inferred_cell_is_printed_with_its_location_value_basis_and_reason()
    {
        var reading = ReportFile.Read(CliRun.Seed, new ReadOptions());
        var output = new ReadOutput(reading.Report, [],
        [
            new InferredCell("三/R1/自然人", 20, InferenceBasis.Identity, "三/R1/自然人 按行合计推断为 20，请核对"),
            new InferredCell("四/0", null, InferenceBasis.Unresolved, "数字连写，有两种拆分方式"),
        ]);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(output, ReportJson.Options));

        var first = json.RootElement.GetProperty("inferred")[0];
        Assert.Equal("三/R1/自然人", first.GetProperty("location").GetString());
        Assert.Equal(20, first.GetProperty("value").GetInt64());
        Assert.Equal("identity", first.GetProperty("basis").GetString());
        Assert.Contains("按行合计推断为 20", first.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var second = json.RootElement.GetProperty("inferred")[1];
        Assert.Equal(JsonValueKind.Null, second.GetProperty("value").ValueKind);
        Assert.Equal("unresolved", second.GetProperty("basis").GetString());
    }

    [Fact]
    public void Options_override_what_the_text_says()
    {
        var run = CliRun.Of("read", CliRun.Seed, "--json", "--agency-id", "huairen-xzspj", "--kind", "government", "--year", "2022");

        using var json = JsonDocument.Parse(run.Stdout);
        var report = json.RootElement.GetProperty("report");
        Assert.Equal("huairen-xzspj", report.GetProperty("agency").GetProperty("id").GetString());
        Assert.Equal("government", report.GetProperty("agency").GetProperty("kind").GetString());
        Assert.Equal(2022, report.GetProperty("year").GetInt32());
    }

    [Fact]
    public void Report_json_written_by_read_can_be_checked_again()
    {
        var read = CliRun.Of("read", CliRun.Seed, "--json", "--agency-id", "huairen-xzspj");
        using var file = new TemporaryFile(".json");
        using (var json = JsonDocument.Parse(read.Stdout))
        {
            File.WriteAllText(file.Path, json.RootElement.GetProperty("report").GetRawText());
        }

        var run = CliRun.Of("check", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("怀仁市行政审批服务管理局", run.Stdout);
    }

    [Fact]
    public void Read_without_json_prints_a_summary()
    {
        var run = CliRun.Of("read", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("年度：2023", run.Stdout);
        Assert.Contains("行政许可处理决定：15098", run.Stdout);
    }
}
