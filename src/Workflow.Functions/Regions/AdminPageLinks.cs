using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Workflow.Functions.Regions;

/// <summary>
/// Signed, expiring, read-only links to an admin page (the season overview, a region page) for supervisors who open
/// them in a browser without the admin key. The token is base64url("{page}|{expires}") "." HMAC-SHA256 under
/// Workflow:ReviewLinkKey with a purpose of its own, so no review token is ever an admin token or the reverse. It
/// opens exactly the page it names, only for GET; it lasts as long as a review link.
/// </summary>
public sealed class AdminPageLinks(IOptions<WorkflowOptions> options, TimeProvider clock)
{
    public const string AccessParameter = "access";
    private const string Purpose = "admin-page:";
    private const int MaxTokenLength = 512;

    public static string SeasonPage(int year) => $"season/{year}";

    public static string RegionPage(string agencyId, int year) => $"regions/{agencyId}/{year}";

    /// <summary>True for the pages a link may open.</summary>
    public static bool IsPage(string page)
    {
        var parts = page.Split('/');
        return parts switch
        {
            ["season", var y] => IsYear(y),
            ["regions", var id, var y] => Workflow.Reports.Model.Agency.IsValidId(id) && IsYear(y),
            _ => false,
        };
    }

    /// <summary>The browser URL of <paramref name="page"/> (HTML) and when it stops working.</summary>
    public (string Url, DateTimeOffset ExpiresAt) Issue(string page)
    {
        var expires = clock.GetUtcNow().Add(options.Value.ReviewLinkLifetime);
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{page}|{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"));
        var token = $"{payload}.{Base64Url.EncodeToString(Mac(payload))}";
        return ($"{options.Value.ApiBaseUrl.TrimEnd('/')}/api/admin/{page}?format=html&{AccessParameter}={token}", DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>True when the request carries an unexpired link signed for exactly <paramref name="page"/>.</summary>
    public bool Opens(HttpRequest request, string page)
    {
        var token = request.Query[AccessParameter].ToString();
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (token.Length is 0 or > MaxTokenLength || dot <= 0 || !Base64Url.IsValid(token.AsSpan(0, dot)) || !Base64Url.IsValid(token.AsSpan(dot + 1)))
        {
            return false;
        }

        var payload = token[..dot];
        if (!CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(token.AsSpan(dot + 1)), Mac(payload)))
        {
            return false;
        }

        var claim = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload));
        var bar = claim.LastIndexOf('|');
        return bar > 0
            && claim[..bar] == page
            && long.TryParse(claim[(bar + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() < expires;
    }

    private static bool IsYear(string year) =>
        year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2008 and <= 2100;

    private byte[] Mac(string payload)
    {
        var key = options.Value.ReviewLinkKey;
        if (key.Length < 16)
        {
            throw new InvalidOperationException("Workflow:ReviewLinkKey must be set (at least 16 characters) to sign admin page links.");
        }
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(Purpose + payload));
    }
}
