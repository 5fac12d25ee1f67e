namespace Workflow.Cli.Tests;

/// <summary>One in-process run of the command line with its captured output.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static readonly string Seed = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "huairen-xzspj-2023.txt");

    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
