using System.Text.RegularExpressions;
using Workflow.Functions.Notifications;

namespace Workflow.Functions.Tests.Support;

/// <summary>Keeps every message in order instead of sending it.</summary>
public sealed partial class RecordingEmailSender : IEmailSender
{
    private readonly List<EmailMessage> sent = [];

    public IReadOnlyList<EmailMessage> Sent
    {
        get
        {
            lock (sent)
            {
                return [.. sent];
            }
        }
    }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        lock (sent)
        {
            sent.Add(message);
        }

        return Task.CompletedTask;
    }

    public IReadOnlyList<EmailMessage> To(string recipient) => [.. Sent.Where(m => m.To.Contains(recipient))];

    /// <summary>Waits until a message to <paramref name="recipient"/> matches; fails after a generous bound.</summary>
    public async Task<EmailMessage> WaitForAsync(string recipient, Func<EmailMessage, bool> match)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (To(recipient).FirstOrDefault(match) is { } message)
            {
                return message;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching mail to {recipient}; got: {string.Join(" | ", To(recipient).Select(m => m.Subject))}");
    }

    public static string TokenOf(EmailMessage message) => ReviewLinkPattern().Match(message.Text).Groups[1].Value;

    [GeneratedRegex(@"/api/review/([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)")]
    private static partial Regex ReviewLinkPattern();
}
