using System.Text.Json;

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
