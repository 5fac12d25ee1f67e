namespace Workflow.Functions.Notifications;

/// <summary>The mail service is busy or failing (429, 5xx); the activity retry policy tries again.</summary>
public sealed class TransientEmailFailureException(string message) : Exception(message);
