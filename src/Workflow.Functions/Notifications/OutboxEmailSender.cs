using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Workflow.Functions.Notifications;

/// <summary>
/// The local stand-in for SendGrid (used when SendGrid:ApiKey is empty): writes each message as an .eml file
/// (multipart/alternative, UTF-8) under Workflow:OutboxPath and logs the review links it carries.
/// </summary>
public sealed class OutboxEmailSender(IOptions<WorkflowOptions> workflow, IOptions<SendGridOptions> sendGrid, TimeProvider clock, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public string Folder => ResolveFolder(workflow.Value.OutboxPath);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var name = $"{now.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Folder, name);
        await File.WriteAllTextAsync(path, Compose(message, sendGrid.Value.From, now), Encoding.ASCII, cancellationToken);
        logger.LogInformation("Outbox: {Subject} to {To} in {Path}", message.Subject, string.Join(", ", message.To), path);
        foreach (var link in message.Links)
        {
            logger.LogInformation("Outbox review link for {To}: {Link}", string.Join(", ", message.To), link);
        }
    }

    /// <summary>A relative path is taken from the repository root when run inside the repository.</summary>
    public static string ResolveFolder(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflow.sln")))
            {
                return Path.Combine(dir.FullName, configured);
            }
        }

        return Path.GetFullPath(configured);
    }

    public static string Compose(EmailMessage message, string from, DateTimeOffset date)
    {
        var boundary = $"=_{Guid.NewGuid():N}";
        var mime = new StringBuilder();
        mime.Append("From: ").Append(from).Append("\r\n")
            .Append("To: ").Append(string.Join(", ", message.To)).Append("\r\n");
        if (message.ReplyTo is { } replyTo)
        {
            mime.Append("Reply-To: ").Append(replyTo).Append("\r\n");
        }

        mime.Append("Subject: ").Append(EncodedWord(message.Subject)).Append("\r\n")
            .Append("Date: ").Append(date.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(Guid.NewGuid().ToString("N")).Append("@outbox.local>\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: multipart/alternative; boundary=\"").Append(boundary).Append("\"\r\n\r\n");
        AppendPart(mime, boundary, "text/plain", message.Text);
        AppendPart(mime, boundary, "text/html", message.Html);
        mime.Append("--").Append(boundary).Append("--\r\n");
        return mime.ToString();
    }

    private static void AppendPart(StringBuilder mime, string boundary, string mediaType, string content)
    {
        mime.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: ").Append(mediaType).Append("; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n");
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(content));
        for (var i = 0; i < base64.Length; i += 76)
        {
            mime.Append(base64, i, Math.Min(76, base64.Length - i)).Append("\r\n");
        }
    }

    private static string EncodedWord(string text) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
}
