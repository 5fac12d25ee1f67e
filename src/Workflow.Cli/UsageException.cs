namespace Workflow.Cli;

/// <summary>The command line is wrong; the message is Chinese and shown as is.</summary>
public sealed class UsageException(string message) : Exception(message);
