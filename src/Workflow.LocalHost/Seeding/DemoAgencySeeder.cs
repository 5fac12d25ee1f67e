using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Workflow.LocalHost.Storage;

namespace Workflow.LocalHost.Seeding;

/// <summary>
/// Registers the demo agency of seeds/demo-agency.json through the admin API itself (PUT
/// /api/admin/agencies/{id}), the way an administrator would, and keeps the key it hands out under .local/.
/// </summary>
public sealed class DemoAgencySeeder(LocalLayout layout, HttpClient api, ILogger<DemoAgencySeeder> logger)
{
    public const string SeedFileName = "demo-agency.json";
    const string KeyFileName = "demo-agency-key.txt";

    /// <summary>The registered agency with its key (the one just issued, or the one kept from an earlier run).</summary>
    public async Task<DemoAgency> RegisterAsync(string adminKey, CancellationToken cancellationToken)
    {
        var seed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(layout.SeedsDirectory, SeedFileName), cancellationToken))!.AsObject();
        var id = seed["id"]!.GetValue<string>();
        var name = seed["name"]!.GetValue<string>();
        seed.Remove("id");

        // The API hands a key out when it creates the agency, or when asked to rotate it: ask for that only
        // when no key is kept from an earlier run, so a running demo keeps its key.
        var keyFile = Path.Combine(layout.LocalDirectory, KeyFileName);
        var kept = File.Exists(keyFile) ? (await File.ReadAllTextAsync(keyFile, cancellationToken)).Trim() : "";
        if (kept.Length > 0 && !await IsAcceptedAsync(id, kept, cancellationToken))
        {
            kept = "";
        }

        var path = kept.Length == 0 ? $"api/admin/agencies/{id}?rotateKey=true" : $"api/admin/agencies/{id}";
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(seed) };
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await api.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Registering the demo agency {id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        if (body?["apiKey"]?.GetValue<string>() is { Length: > 0 } issued)
        {
            Directory.CreateDirectory(layout.LocalDirectory);
            await File.WriteAllTextAsync(keyFile, issued, cancellationToken);
            return new DemoAgency(id, name, issued);
        }

        logger.LogDebug("Demo agency {Agency} kept its key from {File}", id, keyFile);
        return new DemoAgency(id, name, kept);
    }

    // The kept key may be stale: storage wiped, or the key rotated by someone else against the same Azurite.
    async Task<bool> IsAcceptedAsync(string id, string key, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/agencies/{id}/reports/2023");
        request.Headers.Add("X-Agency-Key", key);
        using var response = await api.SendAsync(request, cancellationToken);
        return response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
    }
}
