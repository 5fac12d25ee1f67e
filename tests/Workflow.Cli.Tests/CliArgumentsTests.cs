using Workflow.Reports.Model;

namespace Workflow.Cli.Tests;

public class CliArgumentsTests
{
    [Fact]
    public void Options_are_parsed_in_any_order()
    {
        var arguments = CliArguments.Parse(["read", "--year", "2023", "report.txt", "--json", "--kind", "department",
            "--agency-id", "huairen-xzspj", "--agency-name", "怀仁市行政审批服务管理局", "--previous", "2022.txt"]);

        Assert.Equal(CliCommand.Read, arguments.Command);
        Assert.Equal("report.txt", arguments.File);
        Assert.True(arguments.Json);
        Assert.Equal("2022.txt", arguments.Previous);
        Assert.Equal(new Reports.Reading.ReadOptions("huairen-xzspj", "怀仁市行政审批服务管理局", AgencyKind.Department, 2023), arguments.ReadOptions);
    }

    [Fact]
    public void Render_takes_an_output_file()
    {
        Assert.Equal("out.html", CliArguments.Parse(["render", "r.txt", "-o", "out.html"]).Output);
    }

    [Theory]
    [InlineData("publish", "r.txt")]
    [InlineData("check")]
    [InlineData("check", "r.txt", "--kind", "bureau")]
    [InlineData("check", "r.txt", "--year", "23")]
    [InlineData("check", "r.txt", "--agency-id", "Huairen_XZ")]
    [InlineData("check", "r.txt", "--previous")]
    [InlineData("check", "r.txt", "--verbose")]
    [InlineData("check", "a.txt", "b.txt")]
    [InlineData("check", "r.txt", "-o", "out.html")]
    public void Wrong_command_lines_are_usage_errors(params string[] args)
    {
        Assert.Throws<UsageException>(() => CliArguments.Parse(args));
    }

    [Fact]
    public void Wrong_command_line_exits_with_2_and_prints_usage()
    {
        var run = CliRun.Of("check", "r.txt", "--kind", "bureau");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("机关类型“bureau”无效", run.Stderr);
        Assert.Contains("用法：", run.Stderr);
    }

    [Fact]
    public void Help_prints_usage_and_exits_with_0()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("退出码", run.Stdout);
    }
}
