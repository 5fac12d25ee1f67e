using System.Globalization;
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
        if (args.Count == 0)
        {
            throw new UsageException("缺少命令。");
        }
        if (args[0] is "help" or "-h" or "--help")
        {
            return new CliArguments(CliCommand.Help, "", false, null, null, ReadOptions.None);
        }
        var command = args[0] switch
        {
            "check" => CliCommand.Check,
            "read" => CliCommand.Read,
            "render" => CliCommand.Render,
            var other => throw new UsageException($"未知命令“{other}”。"),
        };

        string? file = null, output = null, previous = null, agencyId = null, agencyName = null;
        AgencyKind? kind = null;
        int? year = null;
        var json = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--json":
                    json = true;
                    break;
                case "-o" or "--output":
                    output = Value(args, ref i);
                    break;
                case "--previous":
                    previous = Value(args, ref i);
                    break;
                case "--agency-id":
                    agencyId = Value(args, ref i);
                    if (!Agency.IsValidId(agencyId))
                    {
                        throw new UsageException($"机关标识“{agencyId}”无效：只能由小写字母、数字和连字符组成，长度 2–64 个字符。");
                    }
                    break;
                case "--agency-name":
                    agencyName = Value(args, ref i);
                    break;
                case "--kind":
                    kind = Value(args, ref i) switch
                    {
                        "department" => AgencyKind.Department,
                        "government" => AgencyKind.Government,
                        var other => throw new UsageException($"机关类型“{other}”无效：应为 department（政府部门）或 government（本级政府）。"),
                    };
                    break;
                case "--year":
                    var text = Value(args, ref i);
                    year = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2008 and <= 2100
                        ? y
                        : throw new UsageException($"年度“{text}”无效：应为 2008 至 2100 之间的四位数字。");
                    break;
                case var option when option.StartsWith('-') && option.Length > 1:
                    throw new UsageException($"未知选项“{option}”。");
                default:
                    file = file is null ? arg : throw new UsageException($"多余的参数“{arg}”：一次只能处理一个文件。");
                    break;
            }
        }
        if (file is null)
        {
            throw new UsageException("缺少要处理的报告文件。");
        }
        if (output is not null && command != CliCommand.Render)
        {
            throw new UsageException("-o 只用于 render 命令。");
        }
        if (json && command == CliCommand.Render)
        {
            throw new UsageException("--json 只用于 read 和 check 命令。");
        }
        return new CliArguments(command, file, json, output, previous, new ReadOptions(agencyId, agencyName, kind, year));
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var option = args[i];
        if (i + 1 >= args.Count || args[i + 1].Length == 0)
        {
            throw new UsageException($"选项 {option} 缺少取值。");
        }
        return args[++i];
    }
}
