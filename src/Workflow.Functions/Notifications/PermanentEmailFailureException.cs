namespace Workflow.Functions.Notifications;

/// <summary>The mail service refused a message for a reason retrying will not fix (a 4xx other than 429).</summary>
public sealed class PermanentEmailFailureException(string message) : Exception(message);
