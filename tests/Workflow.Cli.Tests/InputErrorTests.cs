using System.Text.RegularExpressions;

namespace Workflow.Cli.Tests;

public partial class InputErrorTests
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    private static void AssertClearError(CliRun run)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(Chinese(), run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_exits_with_2_and_a_chinese_message()
    {
        using var file = new TemporaryFile(".txt");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        File.WriteAllBytes(file.Path, bytes);

        var run = CliRun.Of("check", file.Path);

        AssertClearError(run);
        Assert.Contains("二进制", run.Stderr);
    }

    [Fact]
    public void Ten_megabyte_file_exits_with_2()
    {
        using var file = new TemporaryFile(".txt");
        File.WriteAllText(file.Path, string.Concat(Enumerable.Repeat("一、本年新收政府信息公开申请数量 | 0 |\n", 250_000)));

        AssertClearError(CliRun.Of("check", file.Path));
    }

    [Fact]
    public void Missing_file_exits_with_2()
    {
        AssertClearError(CliRun.Of("check", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.txt")));
    }

    [Fact]
    public void Empty_file_exits_with_2()
    {
        using var file = new TemporaryFile(".txt");
        File.WriteAllText(file.Path, "");

        AssertClearError(CliRun.Of("read", file.Path, "--json"));
    }

    [Fact]
    public void Text_that_is_not_a_report_exits_with_2()
    {
        using var file = new TemporaryFile(".txt");
        File.WriteAllText(file.Path, "今天天气很好，我们去公园散步。\nhello world\n");

        AssertClearError(CliRun.Of("check", file.Path));
    }

    [Fact]
    public void Malformed_report_json_exits_with_2()
    {
        using var file = new TemporaryFile(".json");
        File.WriteAllText(file.Path, "{\"agency\": 1");

        AssertClearError(CliRun.Of("check", file.Path));
    }

    [Fact]
    public void Unreadable_previous_report_exits_with_2_and_says_which()
    {
        var run = CliRun.Of("check", CliRun.Seed, "--previous", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.txt"));

        AssertClearError(run);
        Assert.Contains("上一年度", run.Stderr);
    }
}
