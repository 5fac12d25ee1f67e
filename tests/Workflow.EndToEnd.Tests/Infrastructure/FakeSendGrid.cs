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
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentQueue<SentMail> sent = new();

    FakeSendGrid(WebApplication app, int port)
    {
        this.app = app;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

    public IReadOnlyList<SentMail> Sent => sent.ToArray();

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
            fake.sent.Enqueue(SentMail.From(json!.AsObject()));
            context.Response.Headers["X-Message-Id"] = Guid.NewGuid().ToString("N");
            context.Response.StatusCode = StatusCodes.Status202Accepted;
        });
        await app.StartAsync();
        return fake;
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
