using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Microsoft.Extensions.Options;
using Workflow.Functions.Review;
using Workflow.Functions.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Functions.Tests.Fuzzing;

/// <summary>
/// The review-link token parser (<see cref="ReviewLinkSigner.Verify"/>) on random, damaged and signed-but-meaningless
/// tokens: every one gets a clean outcome (tampered, expired or valid), never an exception, and no damage turns a link
/// into a valid link for anything but the grant it was signed for.
/// </summary>
public sealed class ReviewLinkFuzzTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset SignedAt = new(2025, 1, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private static ReviewLinkSigner Signer(TimeProvider clock) =>
        new(Options.Create(new WorkflowOptions { ReviewLinkKey = TestSettings.ReviewLinkKey, ReviewLinkLifetime = Lifetime }), clock);

    private static readonly Gen<string> Base64UrlText = Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=."], 0, 300];

    private static readonly Gen<ReviewGrant> Grants = Gen.Select(
        Gen.String[1, 80], Gen.Int[0, 50], Gen.Int[0, 5], Gen.String[0, 60], Gen.String[Gen.Char["0123456789ABCDEF"], 64, 64],
        (instance, revision, stage, reviewer, hash) => Signer(new ManualClock(SignedAt)).NewGrant(instance, revision, stage, reviewer, hash));

    /// <summary>Each field of a grant with a value of its own type, and a field the grant does not have.</summary>
    private static readonly (string Field, string[] Values)[] GrantFields =
    [
        ("i", ["\"report-a-2024\""]), ("r", ["1"]), ("s", ["0"]), ("v", ["\"a@example.test\""]), ("h", ["\"ABCDEF\""]),
        ("e", ["4102444800", "0"]), ("n", ["\"nonce\""]), ("x", ["1"]),
    ];

    private static readonly string[] OddValues =
        ["null", "-1", "1.5", "99999999999999999999", "\"\"", "[]", "{}", "true", "\"\\ud800\"", "\"1\""];

    /// <summary>Objects with the grant's fields, each mostly of its own type, sometimes absent or of a wrong type.</summary>
    private static readonly Gen<string> GrantLikeJson = Gen.Select(Gen.Frequency((1, Gen.Const(0)), (6, Gen.Const(1)), (1, Gen.Const(2))).Array[GrantFields.Length], Gen.Int[0, 1000].Array[GrantFields.Length],
        (kinds, picks) => "{" + string.Join(",", GrantFields.Select((f, i) => kinds[i] switch
        {
            0 => null,
            1 => $"\"{f.Field}\":{f.Values[picks[i] % f.Values.Length]}",
            _ => $"\"{f.Field}\":{OddValues[picks[i] % OddValues.Length]}",
        }).OfType<string>()) + "}");

    [Fact]
    public void Random_strings_are_tampered_links() =>
        Gen.OneOf(Gen.String[0, 3000], Base64UrlText).Sample(
            token => Bounded(() =>
            {
                var signer = Signer(new ManualClock(SignedAt));
                var check = signer.Verify(token);
                Assert.Equal(ReviewLinkStatus.Tampered, check.Status);
                Assert.False(signer.IsFormToken(token, token));
                return check.Status.ToString();
            }),
            output.WriteLine,
            iter: FuzzBudget.Cases(FuzzBudget.RandomShare));

    [Fact]
    public void Damaged_links_are_tampered_or_still_name_their_own_grant() =>
        Gen.Select(Grants, Gen.Select(Gen.Enum<TokenMutationKind>(), Gen.Double[0, 1], Gen.Int[0, int.MaxValue],
                (kind, at, pick) => new TokenMutation(kind, at, pick)).Array[1, 4], Gen.Long[-86_400, 30 * 86_400])
            .Sample((grant, mutations, secondsAfterSigning) => Bounded(() =>
            {
                var signed = Signer(new ManualClock(SignedAt)).Sign(grant);
                var damaged = mutations.Aggregate(signed, (token, mutation) => mutation.Apply(token));
                var now = SignedAt.AddSeconds(secondsAfterSigning);

                var check = Signer(new ManualClock(now)).Verify(damaged);

                if (check.Status != ReviewLinkStatus.Tampered)
                {
                    // Only a change the encoding ignores (padding) can leave a link working, and then for the same grant.
                    Assert.Equal(grant, check.Grant);
                    Assert.Equal(now < SignedAt + Lifetime ? ReviewLinkStatus.Valid : ReviewLinkStatus.Expired, check.Status);
                }
                return check.Status.ToString();
            }),
            output.WriteLine,
            iter: FuzzBudget.Cases(FuzzBudget.MutatedShare),
            print: t => $"{t.Item1} {string.Join(", ", t.Item2)} +{t.Item3}s");

    /// <summary>
    /// Payloads that carry our signature but are not grants (as if a bug signed the wrong bytes): the parser must still
    /// answer, and only with a grant when the payload is one.
    /// </summary>
    [Fact]
    public void Signed_payloads_that_are_not_grants_are_answered_cleanly() =>
        Gen.OneOf(
            Gen.Byte.Array[0, 300],
            Gen.String[Gen.Char["{}[]\":,0123456789.-eE truefalsnirsvhe\\u"], 0, 120].Select(Encoding.UTF8.GetBytes),
            GrantLikeJson.Select(Encoding.UTF8.GetBytes))
            .Sample(payload => Bounded(() =>
            {
                var encoded = Base64Url.EncodeToString(payload);
                var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(TestSettings.ReviewLinkKey), Encoding.UTF8.GetBytes(encoded));

                var check = Signer(new ManualClock(SignedAt)).Verify($"{encoded}.{Base64Url.EncodeToString(mac)}");

                Assert.Equal(check.Status != ReviewLinkStatus.Tampered, check.Grant is not null);
                return check.Status.ToString();
            }),
            output.WriteLine,
            iter: FuzzBudget.Cases(FuzzBudget.SignedGarbageShare),
            print: Convert.ToHexString);

    /// <summary>Fails the case as a hang when verification has not answered after <see cref="FuzzBudget.PerInputLimit"/>.</summary>
    private static string Bounded(Func<string> verify)
    {
        var work = Task.Run(verify);
        if (Task.WhenAny(work, Task.Delay(FuzzBudget.PerInputLimit)).GetAwaiter().GetResult() != work)
        {
            throw new TimeoutException($"Verification was still running after {FuzzBudget.PerInputLimit.TotalSeconds} s: a hang.");
        }
        return work.GetAwaiter().GetResult();
    }
}
