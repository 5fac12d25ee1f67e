using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Security;

/// <summary>Refusals at the edge of the local host: a stalled upload and an answer without a body.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class RefusalOverHttpTests(LocalHostFixture host)
{
    [Fact]
    public async Task A_stalled_upload_is_answered_408_in_chinese_problem_json()
    {
        var agency = await host.Api.RegisterAgencyAsync("stalled");
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, host.Settings.Port);
        var stream = client.GetStream();
        var head = $"POST /api/agencies/{agency.Id}/reports/2023/drafts HTTP/1.1\r\nHost: 127.0.0.1:{host.Settings.Port}\r\n"
            + $"X-Agency-Key: {agency.ApiKey}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 100000\r\n\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head + "怀仁市行政审批服务管理局"));
        await stream.FlushAsync();

        // Nothing more is sent: the server's minimum upload rate (240 bytes/s after 5 s) gives up on the body.
        var answer = await ReadAnswerAsync(stream, TimeSpan.FromSeconds(60));

        Assert.StartsWith("HTTP/1.1 408", answer, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("上传超时", answer, StringComparison.Ordinal);
        Assert.False(await host.Blobs.ExistsAsync("drafts", $"2023/{agency.Id}/r1.json"));
    }

    [Fact]
    public async Task Removing_a_subscription_answers_204_without_a_body_and_logs_no_exception()
    {
        var email = $"dingyue-{Guid.NewGuid():N}@example.test";
        using (var added = await SubscriptionAsync(HttpMethod.Put, email))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        var logged = host.Host.Output.Length;
        using var removed = await SubscriptionAsync(HttpMethod.Delete, email);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty(await removed.Content.ReadAsByteArrayAsync());
        await Task.Delay(TimeSpan.FromSeconds(1)); // the host's console logger writes asynchronously
        var since = host.Host.Output[logged..];
        Assert.DoesNotContain("Exception", since, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", since, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SubscriptionAsync(HttpMethod method, string email)
    {
        using var request = new HttpRequestMessage(method, "api/admin/subscriptions") { Content = JsonContent.Create(new { email }) };
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        return await host.Api.Http.SendAsync(request);
    }

    /// <summary>The answer's head and as much body as arrives until the server closes or <paramref name="within"/> ends.</summary>
    private static async Task<string> ReadAnswerAsync(NetworkStream stream, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    break;
                }

                received.Write(buffer, 0, read);
                var text = Encoding.UTF8.GetString(received.ToArray());
                if (text.Contains("\r\n\r\n", StringComparison.Ordinal) && text.Contains('}', StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The server may reset the connection right after its answer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
