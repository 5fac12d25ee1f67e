namespace Workflow.Functions.Notifications;

/// <summary>Sends mail. Throws on failure so that the calling activity's retry policy can retry.</summary>
public interface IEmailSender
{
    /// <exception cref="PermanentEmailFailureException">Retrying cannot help (the mail service refused the message).</exception>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
