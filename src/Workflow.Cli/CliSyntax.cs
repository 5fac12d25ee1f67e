using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Workflow.Reports.Model;

namespace Workflow.Cli;

/// <summary>
/// The commands and options of <c>workflow-report</c> as System.CommandLine parses them. Values are checked by the
/// options' own parsers, whose Chinese messages are shown as they are; every other parse error is said in Chinese
/// by <see cref="UsageError"/>, so what a person reads does not depend on the machine's language.
/// </summary>
internal static class CliSyntax
{
    public static readonly Argument<string> File = new("文件");

    public static readonly Option<bool> Json = new("--json") { Arity = ArgumentArity.Zero };

    public static readonly Option<string> Output = Text("--output", "-o");

    public static readonly Option<string> Previous = Text("--previous");

    public static readonly Option<string> AgencyName = Text("--agency-name");

    public static readonly Option<string> AgencyId = new("--agency-id")
    {
        CustomParser = result => Value(result) is not { } id ? null
            : Agency.IsValidId(id) ? id
            : Error<string>(result, $"机关标识“{id}”无效：只能由小写字母、数字和连字符组成，长度 2–64 个字符。"),
    };

    public static readonly Option<AgencyKind?> Kind = new("--kind")
    {
        CustomParser = result => Value(result) switch
        {
            null => null,
            "department" => AgencyKind.Department,
            "government" => AgencyKind.Government,
            var other => Error<AgencyKind?>(result, $"机关类型“{other}”无效：应为 department（政府部门）或 government（本级政府）。"),
        },
    };

    public static readonly Option<int?> Year = new("--year")
    {
        CustomParser = result => Value(result) is not { } text ? null
            : ReportYears.Parse(text) ?? Error<int?>(result, $"年度“{text}”无效：应为 {ReportYears.First} 至 {ReportYears.Last} 之间的四位数字。"),
    };

    public static readonly Command Help = new("help") { TreatUnmatchedTokensAsErrors = false };

    /// <summary>A plain command rather than a RootCommand: no --version and no [directives], as before the library.</summary>
    private static readonly Command Root = new("workflow-report")
    {
        ReportCommand("check", Json),
        ReportCommand("read", Json),
        ReportCommand("render", Output),
        Help,
        new HelpOption("--help", "-h"),
    };

    /// <summary>A file name starting with @ is a file, not a response file.</summary>
    private static readonly ParserConfiguration Configuration = new() { ResponseFileTokenReplacer = null };

    public static ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args, Configuration);

    public static bool AsksForHelp(ParseResult result) => result.Action is HelpAction || result.CommandResult.Command == Help;

    /// <returns>The first thing wrong with the command line, in Chinese; null when nothing is.</returns>
    public static string? UsageError(ParseResult result)
    {
        if (result.Errors.Count == 0)
        {
            return null;
        }
        var command = result.CommandResult.Command;
        if (command == Root)
        {
            return result.UnmatchedTokens.Count == 0 ? "缺少命令。" : $"未知命令“{result.UnmatchedTokens[0]}”。";
        }
        if (result.UnmatchedTokens.Count > 0)
        {
            return Unmatched(result.UnmatchedTokens[0], command);
        }
        var error = result.Errors[0];
        return error.SymbolResult switch
        {
            ArgumentResult { Argument: var argument } when argument == File => "缺少要处理的报告文件。",
            OptionResult { Tokens.Count: 0 } option => $"选项 {Spelled(option)} 缺少取值。",
            OptionResult { Tokens.Count: > 1 } option => $"选项 {Spelled(option)} 只能给一次。",
            _ => error.Message,
        };
    }

    private static Command ReportCommand(string name, Option only) =>
        new(name) { File, only, AgencyId, AgencyName, Kind, Year, Previous };

    private static string Unmatched(string token, Command command)
    {
        var elsewhere = Root.Subcommands
            .Where(other => other != command && other.Options.Any(o => o.Name == token || o.Aliases.Contains(token)))
            .Select(other => other.Name)
            .ToList();
        if (elsewhere.Count > 0)
        {
            return $"{token} 只用于 {string.Join(" 和 ", elsewhere)} 命令。";
        }
        return token.StartsWith('-') && token.Length > 1 ? $"未知选项“{token}”。" : $"多余的参数“{token}”：一次只能处理一个文件。";
    }

    private static Option<string> Text(string name, params string[] aliases) =>
        new(name, aliases) { CustomParser = Value };

    /// <summary>The option's one value; an empty one is an error, as a missing one is.</summary>
    private static string? Value(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }
        var value = result.Tokens[0].Value;
        return value.Length > 0 ? value : Error<string>(result, $"选项 {Spelled((OptionResult)result.Parent!)} 缺少取值。");
    }

    private static T? Error<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }

    /// <summary>The option as the person typed it (-o or --output).</summary>
    private static string Spelled(OptionResult option) => option.IdentifierToken?.Value ?? option.Option.Name;
}
