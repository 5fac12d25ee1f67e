using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SendGrid;
using Workflow.Functions.Notifications;

namespace Workflow.Functions.Tests.Notifications;

public sealed class SendGridEmailSenderTests
{
    private static readonly EmailMessage Message = new(
        ["lead@example.test"],
        "【待审核】怀仁市行政审批服务管理局2023年政府信息公开工作年度报告（第1稿）",
        "请审核：https://review.example.test/api/review/abc.def",
        "<p>请审核</p>",
        "clerk@example.test",
        ["https://review.example.test/api/review/abc.def"],
        new Dictionary<string, string> { ["report"] = "huairen-2023" });

    private sealed class FakeSendGrid(HttpStatusCode status) : HttpMessageHandler
    {
        public Uri? Uri { get; private set; }

        public string Body { get; private set; } = "";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri = request.RequestUri;
            Body = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent("{}") };
        }
    }

    private static (SendGridEmailSender Sender, FakeSendGrid Fake) Create(HttpStatusCode status)
    {
        var fake = new FakeSendGrid(status);
        var client = new SendGridClient(new HttpClient(fake), new SendGridClientOptions { ApiKey = "SG.test", Host = "http://127.0.0.1:9" });
        return (new SendGridEmailSender(client, Options.Create(new SendGridOptions { From = "noreply@example.test" }), NullLogger<SendGridEmailSender>.Instance), fake);
    }

    [Fact]
    public async Task A_message_goes_to_the_configured_host_with_both_parts_and_no_tracking()
    {
        var (sender, fake) = Create(HttpStatusCode.Accepted);
        await sender.SendAsync(Message);

        Assert.Equal("http://127.0.0.1:9/v3/mail/send", fake.Uri!.ToString());
        using var json = JsonDocument.Parse(fake.Body);
        var root = json.RootElement;
        Assert.Equal("lead@example.test", root.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal(["text/plain", "text/html"], root.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        var tracking = root.GetProperty("tracking_settings");
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("open_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("subscription_tracking").GetProperty("enable").GetBoolean());
        Assert.Equal("clerk@example.test", root.GetProperty("reply_to").GetProperty("email").GetString());
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task A_busy_or_failing_service_is_a_transient_failure(HttpStatusCode status) =>
        await Assert.ThrowsAsync<TransientEmailFailureException>(() => Create(status).Sender.SendAsync(Message));

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task A_refused_message_is_a_permanent_failure(HttpStatusCode status) =>
        await Assert.ThrowsAsync<PermanentEmailFailureException>(() => Create(status).Sender.SendAsync(Message));
}
