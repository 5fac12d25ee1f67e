namespace Workflow.Functions.Notifications;

/// <summary>
/// One email with a plain-text and an HTML part. <see cref="Links"/> are the review links it carries (the
/// local outbox logs them); <see cref="Tags"/> go to SendGrid as custom_args to correlate events.
/// </summary>
public sealed record EmailMessage(
    IReadOnlyList<string> To,
    string Subject,
    string Text,
    string Html,
    string? ReplyTo,
    IReadOnlyList<string> Links,
    IReadOnlyDictionary<string, string> Tags);
