using Workflow.Reports.Reading;

namespace Workflow.Cli;

/// <summary>
/// The command-line entry, callable in-process (tests). Every failure a person can cause ends as one Chinese
/// line on stderr and exit code 2, never a stack trace.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var arguments = CliArguments.Parse(args);
            return arguments.Command switch
            {
                CliCommand.Check => CheckCommand.Run(arguments, stdout),
                CliCommand.Read => ReadCommand.Run(arguments, stdout),
                CliCommand.Render => RenderCommand.Run(arguments, stdout, stderr),
                _ => Help(stdout),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"错误：{e.Message}");
            stderr.WriteLine();
            stderr.WriteLine(CliArguments.Usage);
            return ExitCodes.Unreadable;
        }
        catch (UnreadableReportException e)
        {
            stderr.WriteLine($"无法读取报告：{e.Message}");
            return ExitCodes.Unreadable;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(CliArguments.Usage);
        return ExitCodes.Success;
    }
}
