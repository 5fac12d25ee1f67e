using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Workflow.Functions.Notifications;

namespace Workflow.Functions.Tests.Notifications;

public sealed class OutboxEmailSenderTests
{
    [Fact]
    public async Task Each_message_becomes_an_eml_file_with_a_text_and_an_html_part()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"outbox-{Guid.NewGuid():N}");
        var sender = new OutboxEmailSender(
            Options.Create(new WorkflowOptions { OutboxPath = folder }),
            Options.Create(new SendGridOptions { From = "noreply@example.test" }),
            TimeProvider.System,
            NullLogger<OutboxEmailSender>.Instance);
        var message = new EmailMessage(["lead@example.test"], "【待审核】第1稿", "纯文本", "<p>网页</p>", null, [], new Dictionary<string, string>());

        await sender.SendAsync(message);

        var eml = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(folder, "*.eml")));
        Assert.Contains("To: lead@example.test", eml, StringComparison.Ordinal);
        Assert.Contains($"Subject: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes("【待审核】第1稿"))}?=", eml, StringComparison.Ordinal);
        Assert.Contains("multipart/alternative", eml, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", eml, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/html; charset=utf-8", eml, StringComparison.Ordinal);
        Assert.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes("纯文本")), eml, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_relative_outbox_is_under_the_repository_root()
    {
        var resolved = OutboxEmailSender.ResolveFolder(".local/outbox");
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(resolved))!, "Workflow.sln")));
    }
}
