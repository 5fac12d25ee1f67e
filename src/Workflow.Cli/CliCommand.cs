namespace Workflow.Cli;

public enum CliCommand
{
    Check,
    Read,
    Render,
    Help,
}
