namespace Workflow.Cli.Tests;

public class RenderCommandTests
{
    [Fact]
    public void Render_writes_the_html_page()
    {
        using var output = new TemporaryFile(".html");

        var run = CliRun.Of("render", CliRun.Seed, "-o", output.Path);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(output.Path);
        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("15098", html);
        Assert.Contains("怀仁市行政审批服务管理局", html);
    }

    [Fact]
    public void Render_without_output_file_prints_the_page()
    {
        var run = CliRun.Of("render", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!doctype html>", run.Stdout);
    }

    [Fact]
    public void Rendered_page_reads_back_to_the_same_report()
    {
        using var page = new TemporaryFile(".html");
        CliRun.Of("render", CliRun.Seed, "-o", page.Path);

        var fromText = CliRun.Of("read", CliRun.Seed, "--json");
        var fromPage = CliRun.Of("read", page.Path, "--json");

        Assert.Equal(0, fromPage.ExitCode);
        Assert.Equal(Report(fromText.Stdout), Report(fromPage.Stdout));
    }

    private static string Report(string readOutput)
    {
        using var json = System.Text.Json.JsonDocument.Parse(readOutput);
        return json.RootElement.GetProperty("report").GetRawText();
    }
}
