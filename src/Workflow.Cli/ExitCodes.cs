namespace Workflow.Cli;

/// <summary>What scripts that batch-check reports can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The report was read and has findings of severity error (it would be rejected on submission).</summary>
    public const int ReportHasErrors = 1;

    /// <summary>The input cannot be read as a report, or the command line is wrong.</summary>
    public const int Unreadable = 2;
}
