using Workflow.Reports.Model;
using Workflow.Reports.Reading;

namespace Workflow.Cli;

/// <summary>The parsed command line: <c>&lt;command&gt; FILE [options]</c>.</summary>
public sealed record CliArguments(
    CliCommand Command,
    string File,
    bool Json,
    string? Output,
    string? Previous,
    ReadOptions ReadOptions)
{
    public const string Usage = """
        用法：workflow-report <命令> 文件 [选项]

        命令：
          check 文件              检查报告，逐条列出问题（有错误时退出码为 1）
          read 文件 [--json]      读取报告；--json 输出 { "report": …, "findings": […], "inferred": […] }
          render 文件 -o 输出.html 生成官方版式的 HTML 页面（不带 -o 时输出到标准输出）

        选项：
          --agency-id 标识        机关标识（小写字母、数字、连字符，2–64 个字符）
          --agency-name 名称      机关名称（覆盖报告中读到的名称）
          --kind department|government  机关类型：政府部门或本级政府（决定发布期限）
          --year 年度             报告年度（覆盖报告中读到的年度）
          --previous 文件         上一年度报告，用于跨年度检查（Y-CARRY）
          --json                  以 JSON 输出（read、check）
          -o, --output 文件       render 的输出文件

        退出码：0 无错误；1 报告有错误；2 文件无法读取或命令行有误。
        文件可以是文本（.txt）、网页（.html）、Word（.docx）、PDF（.pdf）格式的报告，或规范的 report.json。
        """;

    /// <exception cref="UsageException">Unknown command or option, missing or malformed value.</exception>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var result = CliSyntax.Parse(args);
        if (CliSyntax.AsksForHelp(result))
        {
            return new CliArguments(CliCommand.Help, "", false, null, null, ReadOptions.None);
        }
        if (CliSyntax.UsageError(result) is { } message)
        {
            throw new UsageException(message);
        }
        var command = result.CommandResult.Command.Name switch
        {
            "check" => CliCommand.Check,
            "read" => CliCommand.Read,
            _ => CliCommand.Render,
        };
        var options = new ReadOptions(result.GetValue(CliSyntax.AgencyId), result.GetValue(CliSyntax.AgencyName),
            result.GetValue(CliSyntax.Kind), result.GetValue(CliSyntax.Year));
        return new CliArguments(command, result.GetRequiredValue(CliSyntax.File), result.GetValue(CliSyntax.Json),
            result.GetValue(CliSyntax.Output), result.GetValue(CliSyntax.Previous), options);
    }
}
