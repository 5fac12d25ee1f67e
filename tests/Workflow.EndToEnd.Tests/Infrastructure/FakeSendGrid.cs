using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A stand-in for api.sendgrid.com on a loopback port: accepts POST /v3/mail/send, keeps the JSON, answers 202
/// with an X-Message-Id like the real API. The host under test uses the real SendGrid client against it.
/// Tests can script other answers per recipient (<see cref="AnswerFirst"/>, <see cref="AnswerAlways"/>);
/// <see cref="Sent"/> holds the accepted mails, <see cref="Attempts"/> every request.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentQueue<SentMail> sent = new();
    readonly ConcurrentQueue<SentMail> attempts = new();
    readonly ConcurrentDictionary<string, ConcurrentQueue<int>> firstAnswers = new(StringComparer.OrdinalIgnoreCase);
    readonly ConcurrentDictionary<string, int> lastingAnswers = new(StringComparer.OrdinalIgnoreCase);

    FakeSendGrid(WebApplication app, int port)
    {
        this.app = app;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

    public IReadOnlyList<SentMail> Sent => sent.ToArray();

    /// <summary>Every mail/send request, whatever it was answered.</summary>
    public IReadOnlyList<SentMail> Attempts => attempts.ToArray();

    /// <summary>The next requests with a mail to <paramref name="to"/> get these statuses in turn; later ones 202 again.</summary>
    public void AnswerFirst(string to, params int[] statuses) => firstAnswers[to] = new ConcurrentQueue<int>(statuses);

    /// <summary>Every request with a mail to <paramref name="to"/> gets this status.</summary>
    public void AnswerAlways(string to, int status) => lastingAnswers[to] = status;

    public static async Task<FakeSendGrid> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var fake = new FakeSendGrid(app, port);
        app.MapPost("/v3/mail/send", async (HttpContext context) =>
        {
            var json = await JsonNode.ParseAsync(context.Request.Body);
            var mail = SentMail.From(json!.AsObject());
            fake.attempts.Enqueue(mail);
            var status = fake.AnswerTo(mail);
            if (status != StatusCodes.Status202Accepted)
            {
                context.Response.StatusCode = status;
                await context.Response.WriteAsJsonAsync(new { errors = new[] { new { message = $"scripted answer {status}", field = (string?)null } } });
                return;
            }

            fake.sent.Enqueue(mail);
            context.Response.Headers["X-Message-Id"] = Guid.NewGuid().ToString("N");
            context.Response.StatusCode = StatusCodes.Status202Accepted;
        });
        await app.StartAsync();
        return fake;
    }

    int AnswerTo(SentMail mail)
    {
        foreach (var to in mail.To)
        {
            if (lastingAnswers.TryGetValue(to, out var lasting))
            {
                return lasting;
            }

            if (firstAnswers.TryGetValue(to, out var first) && first.TryDequeue(out var next))
            {
                return next;
            }
        }

        return StatusCodes.Status202Accepted;
    }

    /// <summary>Waits for a mail to the address whose plain text satisfies the condition.</summary>
    public async Task<SentMail> WaitForAsync(string to, Func<SentMail, bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (sent.FirstOrDefault(m => m.IsFor(to) && condition(m)) is { } mail)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {to} matched; received: {string.Join(" | ", sent.Select(m => $"{string.Join(",", m.To)}: {m.Subject}"))}");
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
