using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Workflow.Functions.Notifications;

/// <summary>
/// Sends through the SendGrid v3 API with the SendGrid client (host overridable by SendGrid:Host). Click,
/// open and subscription tracking are off: tracking would rewrite the review links and add footers.
/// Retries are left to the activity retry policy (the client's own retry is not enabled), so there is one
/// retry layer.
/// </summary>
public sealed class SendGridEmailSender(ISendGridClient client, IOptions<SendGridOptions> options, ILogger<SendGridEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mail = new SendGridMessage
        {
            From = new EmailAddress(options.Value.From, "政府信息公开年度报告审核"),
            Subject = message.Subject,
            PlainTextContent = message.Text,
            HtmlContent = message.Html,
        };
        mail.AddTos([.. message.To.Select(to => new EmailAddress(to))]);
        if (message.ReplyTo is { } replyTo)
        {
            mail.SetReplyTo(new EmailAddress(replyTo));
        }

        mail.SetClickTracking(false, false);
        mail.SetOpenTracking(false);
        mail.SetSubscriptionTracking(false);
        foreach (var (name, value) in message.Tags)
        {
            mail.AddCustomArg(name, value);
        }

        Response response;
        try
        {
            response = await client.SendEmailAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is TaskCanceledException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // The client's timeout (or a broken connection) is the service failing, not our caller cancelling.
            throw new TransientEmailFailureException($"SendGrid did not answer: {e.Message}");
        }

        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            logger.LogInformation("SendGrid accepted mail {Subject} to {Count} recipients, message id {MessageId}", message.Subject, message.To.Count, messageId);
            return;
        }

        var body = await response.Body.ReadAsStringAsync(cancellationToken);
        if (status == 429 || status >= 500)
        {
            throw new TransientEmailFailureException($"SendGrid answered {status}: {body}");
        }

        throw new PermanentEmailFailureException($"SendGrid refused the message with {status}: {body}");
    }
}
