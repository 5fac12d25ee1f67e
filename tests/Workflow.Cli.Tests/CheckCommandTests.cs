namespace Workflow.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Seed_checks_without_errors()
    {
        var run = CliRun.Of("check", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("结论：没有错误。", run.Stdout);
    }

    [Fact]
    public void Seed_check_lists_the_outdated_template_warning_with_rule_id_and_severity()
    {
        var run = CliRun.Of("check", CliRun.Seed);

        Assert.Contains(run.Stdout.Split('\n'), line => line.TrimStart().StartsWith("[警告] F-VERSION ", StringComparison.Ordinal));
    }

    [Fact]
    public void Arithmetic_error_exits_with_1_and_names_the_rule()
    {
        using var file = new TemporaryFile(".txt");
        File.WriteAllText(file.Path, SeedWithNewApplications(5));

        var run = CliRun.Of("check", file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[错误] T3-BAL", run.Stdout);
    }

    [Fact]
    public void Check_as_json_lists_findings_with_rule_ids()
    {
        var run = CliRun.Of("check", CliRun.Seed, "--json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Contains(json.RootElement.EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "F-VERSION");
    }

    [Fact]
    public void Previous_year_with_other_carry_over_raises_the_cross_year_rule()
    {
        using var previous = new TemporaryFile(".txt");
        File.WriteAllText(previous.Path, SeedWithCarriedForward(2).Replace("2023", "2022", StringComparison.Ordinal));

        var run = CliRun.Of("check", CliRun.Seed, "--previous", previous.Path);

        Assert.Contains("Y-CARRY", run.Stdout);
    }

    /// <summary>The seed with 自然人 and 总计 of 一、本年新收 set to <paramref name="count"/>: 一+二 no longer equals 三+四.</summary>
    internal static string SeedWithNewApplications(int count) => SeedWithRowValues("一、本年新收政府信息公开申请数量", count);

    /// <summary>The seed with 自然人 and 总计 of 四、结转下年度 set to <paramref name="count"/>.</summary>
    private static string SeedWithCarriedForward(int count) => SeedWithRowValues("四、结转下年度继续办理", count);

    private static string SeedWithRowValues(string rowLabel, int count)
    {
        var lines = File.ReadAllLines(CliRun.Seed);
        var row = Array.FindIndex(lines, l => l.StartsWith(rowLabel, StringComparison.Ordinal) && l.TrimEnd().EndsWith('|'));
        Assert.True(row >= 0, $"row {rowLabel} not in seed");
        lines[row + 1] = lines[row + 1].Replace("0", count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        lines[row + 7] = lines[row + 7].Replace("0", count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return string.Join('\n', lines);
    }
}
