using System.Text;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Cli;

/// <summary><c>render FILE -o OUT.html</c>: the public page in the official layout (to stdout without -o).</summary>
public static class RenderCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var (reading, findings) = Findings.Of(arguments);
        var html = new HtmlReportRenderer().Render(reading.Report);
        if (arguments.Output is null)
        {
            stdout.Write(html);
            return ExitCodes.Success;
        }
        try
        {
            File.WriteAllText(arguments.Output, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"无法写入“{arguments.Output}”：{e.Message}");
            return ExitCodes.Unreadable;
        }
        stdout.WriteLine($"已生成 {arguments.Output}");
        var errors = findings.Count(f => f.Severity == Severity.Error);
        if (errors > 0)
        {
            stderr.WriteLine($"注意：报告有 {errors} 个错误，发布前请用 check 命令查看并改正。");
        }
        return ExitCodes.Success;
    }
}
