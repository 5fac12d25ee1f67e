using Microsoft.Extensions.Options;
using Workflow.Functions.Review;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Review;

public sealed class ReviewLinkSignerTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2024, 1, 10, 8, 0, 0, TimeSpan.Zero));

    private ReviewLinkSigner Signer(string key = TestSettings.ReviewLinkKey) =>
        new(Options.Create(new WorkflowOptions { ReviewLinkKey = key, ReviewLinkLifetime = TimeSpan.FromDays(14) }), clock);

    private string Token(ReviewLinkSigner signer) =>
        signer.Sign(signer.NewGrant("report-huairen-2023", 2, 1, "lead@example.test", "ABCDEF"));

    [Fact]
    public void A_signed_token_verifies_with_its_grant()
    {
        var signer = Signer();
        var check = signer.Verify(Token(signer));
        Assert.Equal(ReviewLinkStatus.Valid, check.Status);
        Assert.Equal(("report-huairen-2023", 2, 1, "lead@example.test"), (check.Grant!.InstanceId, check.Grant.Revision, check.Grant.Stage, check.Grant.Reviewer));
    }

    [Fact]
    public void A_changed_payload_is_tampered()
    {
        var signer = Signer();
        var token = Token(signer);
        var forged = signer.Sign(signer.NewGrant("report-huairen-2023", 2, 1, "mallory@example.test", "ABCDEF"));
        var spliced = forged[..forged.IndexOf('.')] + token[token.IndexOf('.')..];
        Assert.Equal(ReviewLinkStatus.Tampered, signer.Verify(spliced).Status);
    }

    [Fact]
    public void A_changed_signature_is_tampered()
    {
        var signer = Signer();
        var token = Token(signer);
        var flipped = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        Assert.Equal(ReviewLinkStatus.Tampered, signer.Verify(flipped).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Garbage_is_tampered(string token) => Assert.Equal(ReviewLinkStatus.Tampered, Signer().Verify(token).Status);

    [Fact]
    public void A_token_signed_with_another_key_is_tampered() =>
        Assert.Equal(ReviewLinkStatus.Tampered, Signer().Verify(Token(Signer("another-key-of-sufficient-length"))).Status);

    [Fact]
    public void A_token_past_its_lifetime_is_expired()
    {
        var signer = Signer();
        var token = Token(signer);
        clock.Now += TimeSpan.FromDays(14);
        Assert.Equal(ReviewLinkStatus.Expired, signer.Verify(token).Status);
    }

    [Fact]
    public void The_form_token_belongs_to_its_link()
    {
        var signer = Signer();
        var token = Token(signer);
        Assert.True(signer.IsFormToken(token, signer.FormToken(token)));
        Assert.False(signer.IsFormToken(token, signer.FormToken(Token(signer))));
        Assert.False(signer.IsFormToken(token, null));
    }

    [Fact]
    public void Signing_without_a_configured_key_fails_loudly() =>
        Assert.Throws<InvalidOperationException>(() => Token(Signer("")));
}
