using System.Text.Json;
using Azure.Data.Tables;
using Workflow.Functions.Agencies;
using Workflow.Reports.Model;

namespace Workflow.Functions.Storage;

/// <summary>The agencies table.</summary>
public sealed class AgencyStore(TableServiceClient tables)
{
    private TableClient Table => tables.GetTableClient(StorageNames.AgenciesTable);

    public async Task<(AgencyProfile Profile, string KeyHash)?> FindAsync(string agencyId, CancellationToken cancellationToken = default)
    {
        if (!Agency.IsValidId(agencyId))
        {
            return null;
        }

        var response = await Table.GetEntityIfExistsAsync<AgencyEntity>(AgencyEntity.Partition, agencyId, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? (ToProfile(entity), entity.KeyHash) : null;
    }

    public async Task<AgencyProfile?> GetAsync(string agencyId, CancellationToken cancellationToken = default) =>
        (await FindAsync(agencyId, cancellationToken))?.Profile;

    /// <summary>Creates or replaces the agency; <paramref name="keyHash"/> null keeps the stored key.</summary>
    /// <returns>True when the agency did not exist before.</returns>
    public async Task<bool> SaveAsync(AgencyProfile profile, string? keyHash, CancellationToken cancellationToken = default)
    {
        var existing = await FindAsync(profile.Id, cancellationToken);
        var hash = keyHash ?? existing?.KeyHash ?? throw new InvalidOperationException("A new agency needs a key.");
        var entity = new AgencyEntity
        {
            RowKey = profile.Id,
            Name = profile.Name,
            Kind = profile.Kind == AgencyKind.Government ? "government" : "department",
            SubmittersJson = JsonSerializer.Serialize(profile.Submitters),
            ReviewStagesJson = JsonSerializer.Serialize(profile.ReviewStages),
            EscalationJson = JsonSerializer.Serialize(profile.Escalation),
            StageTermsJson = JsonSerializer.Serialize(profile.Terms, TermsJson),
            Parent = profile.Parent ?? "",
            ReportCovers = profile.CoversRegion ? "region" : "",
            AdminsJson = JsonSerializer.Serialize(profile.Admins),
            KeyHash = hash,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        return existing is null;
    }

    private static readonly JsonSerializerOptions TermsJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static AgencyProfile ToProfile(AgencyEntity entity) => new(
        entity.RowKey,
        entity.Name,
        entity.Kind == "government" ? AgencyKind.Government : AgencyKind.Department,
        JsonSerializer.Deserialize<List<string>>(entity.SubmittersJson) ?? [],
        JsonSerializer.Deserialize<List<List<string>>>(entity.ReviewStagesJson)?.Select(s => (IReadOnlyList<string>)s).ToList() ?? [],
        JsonSerializer.Deserialize<List<string>>(entity.EscalationJson) ?? [])
    {
        Terms = JsonSerializer.Deserialize<List<StageTerms>>(entity.StageTermsJson, TermsJson) ?? [],
        Parent = entity.Parent is { Length: > 0 } parent ? parent : null,
        CoversRegion = entity.ReportCovers == "region",
        Admins = JsonSerializer.Deserialize<List<string>>(entity.AdminsJson ?? "[]") ?? [],
    };
}
