using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Notifications;
using Workflow.Functions.Publishing;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Notifications;

public sealed class ReviewMailDeliveryTests
{
    private static readonly ReviewMail Approved = new(1, 0, "approved");

    [Fact]
    public async Task A_review_mail_claimed_by_an_unfinished_attempt_is_retried_until_the_claim_expires()
    {
        var (clock, mail, services, key, message) = await ClaimedByADeadHostAsync();
        await using var _ = services;
        var delivery = services.GetRequiredService<ReviewMailDelivery>();

        await Assert.ThrowsAsync<TransientEmailFailureException>(() => delivery.DeliverAsync(key, Approved, message, []));
        Assert.Empty(mail.Sent);

        clock.Now += SendReceipts.ClaimLifetime + TimeSpan.FromSeconds(1);
        Assert.True(await delivery.DeliverAsync(key, Approved, message, []));
        Assert.Single(mail.Sent);
    }

    [Fact]
    public async Task A_publication_mail_claimed_by_an_unfinished_attempt_is_left_to_it()
    {
        var (_, mail, services, key, message) = await ClaimedByADeadHostAsync();
        await using var _ = services;

        var delivered = await services.GetRequiredService<ReviewMailDelivery>()
            .DeliverAsync(key, Approved.Key, 1, 0, message, [], retryUnfinishedClaim: false);

        Assert.True(delivered);
        Assert.Empty(mail.Sent);
    }

    /// <summary>Services with a mail whose receipt a host claimed and died before sending.</summary>
    private static async Task<(ManualClock Clock, RecordingEmailSender Mail, ServiceProvider Services, ReportKey Key, EmailMessage Message)> ClaimedByADeadHostAsync()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var mail = new RecordingEmailSender();
        var services = WorkflowServices.Create(mail, clock: clock);
        await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync();
        var key = new ReportKey(TestSettings.NewAgencyId(), 2023);
        var message = Message(key);
        await ClaimAsIfAHostDiedMidSendAsync(services, key, message, clock.Now);
        return (clock, mail, services, key, message);
    }

    private static EmailMessage Message(ReportKey key) =>
        new([$"bgs@{key.AgencyId}.test"], "【已批准】测试", "已通过全部审核。", "<p>已通过全部审核。</p>", null, [], new Dictionary<string, string>());

    private static async Task ClaimAsIfAHostDiedMidSendAsync(IServiceProvider services, ReportKey key, EmailMessage message, DateTimeOffset at)
    {
        var table = await services.GetRequiredService<PublishingTables>().GetAsync(PublishingTables.Receipts);
        await table.AddEntityAsync(new SendReceipt
        {
            PartitionKey = key.PartitionKey,
            RowKey = $"{Approved.Key}-{SendReceipts.RecipientKey(string.Join(", ", message.To))}",
            Recipient = string.Join(", ", message.To),
            ClaimedAt = at,
        });
    }
}
