using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Workflow.Functions.Review;

/// <summary>
/// Review tokens: base64url(payload JSON) "." base64url(HMAC-SHA256(payload, Workflow:ReviewLinkKey)).
/// Verification is constant-time and never consumes the token: the decision record is the one-time guard.
/// </summary>
public sealed class ReviewLinkSigner(IOptions<WorkflowOptions> options, TimeProvider clock)
{
    public const int MinimumKeyLength = 16;
    private const int MaxTokenLength = 2048;
    private const string FormPurpose = "review-form:";

    private byte[] Key
    {
        get
        {
            var configured = options.Value.ReviewLinkKey;
            if (configured.Length < MinimumKeyLength)
            {
                throw new InvalidOperationException($"Workflow:ReviewLinkKey must be set (at least {MinimumKeyLength} characters) to sign review links.");
            }

            return Encoding.UTF8.GetBytes(configured);
        }
    }

    public ReviewGrant NewGrant(string instanceId, int revision, int stage, string reviewer, string contentSha256) => new(
        instanceId,
        revision,
        stage,
        reviewer,
        contentSha256,
        clock.GetUtcNow().Add(options.Value.ReviewLinkLifetime).ToUnixTimeSeconds(),
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)));

    public string Sign(ReviewGrant grant)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(grant));
        return $"{payload}.{Base64Url.EncodeToString(Mac(payload))}";
    }

    public ReviewLinkCheck Verify(string? token)
    {
        var tampered = new ReviewLinkCheck(ReviewLinkStatus.Tampered, null);
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return tampered;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.') || !Base64Url.IsValid(token.AsSpan(0, dot)) || !Base64Url.IsValid(token.AsSpan(dot + 1)))
        {
            return tampered;
        }

        var payload = token[..dot];
        var mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(payload)))
        {
            return tampered;
        }

        ReviewGrant? grant;
        try
        {
            grant = JsonSerializer.Deserialize<ReviewGrant>(Base64Url.DecodeFromChars(payload));
        }
        catch (JsonException)
        {
            grant = null;
        }

        if (grant is null)
        {
            return tampered;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() >= grant.ExpiresAt
            ? new ReviewLinkCheck(ReviewLinkStatus.Expired, grant)
            : new ReviewLinkCheck(ReviewLinkStatus.Valid, grant);
    }

    /// <summary>
    /// A value the review page puts in a hidden field and the POST must echo: a decision can only come from
    /// a form we rendered, not from a blind POST to the link (a scanner or a forged cross-site form).
    /// </summary>
    public string FormToken(string token) => Base64Url.EncodeToString(Mac(FormPurpose + token));

    public bool IsFormToken(string token, string? formToken) =>
        formToken is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(formToken), Encoding.ASCII.GetBytes(FormToken(token)));

    private byte[] Mac(string text) => HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(text));
}
