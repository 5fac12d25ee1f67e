using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Workflow.Functions.Agencies;

/// <summary>
/// Agency API keys: "{agencyId}.{32 random bytes, base64url}". Only the SHA-256 of a key is stored (a
/// random 256-bit secret needs no slow hash); comparisons take constant time.
/// </summary>
public static class AgencyKeys
{
    public static string Create(string agencyId) => $"{agencyId}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string key, string storedHash)
    {
        if (storedHash.Length != 64)
        {
            return false;
        }

        var expected = Convert.FromHexString(storedHash);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), expected);
    }

    /// <summary>The agency a key claims to belong to (not yet verified).</summary>
    public static string? ClaimedAgencyId(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? key[..dot] : null;
    }

    /// <summary>Constant-time comparison of two secrets of any length (hashing first equalises the lengths).</summary>
    public static bool SecretEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
