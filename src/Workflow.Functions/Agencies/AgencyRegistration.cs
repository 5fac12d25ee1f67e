using System.Net.Mail;
using Workflow.Reports.Model;

namespace Workflow.Functions.Agencies;

/// <summary>Body of PUT /api/admin/agencies/{id}.</summary>
public sealed record AgencyRegistration(
    string? Name,
    string? Kind,
    IReadOnlyList<string>? Submitters,
    IReadOnlyList<IReadOnlyList<string>>? ReviewStages,
    IReadOnlyList<string>? Escalation)
{
    private const int MaxStages = 10;
    private const int MaxAddresses = 50;

    /// <summary>The profile this registration describes, or a Chinese message saying what is wrong.</summary>
    public (AgencyProfile? Profile, string? Error) ToProfile(string agencyId)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            return (null, "name 必填，且不超过 200 字。");
        }

        AgencyKind? kind = Kind switch
        {
            "department" => AgencyKind.Department,
            "government" => AgencyKind.Government,
            _ => null,
        };
        if (kind is null)
        {
            return (null, "kind 必须是 department 或 government。");
        }

        if (!AreAddresses(Submitters, atLeastOne: true))
        {
            return (null, "submitters 须为至少一个有效的电子邮件地址。");
        }

        if (ReviewStages is not { Count: > 0 and <= MaxStages } || !ReviewStages.All(s => AreAddresses(s, atLeastOne: true)))
        {
            return (null, $"reviewStages 须为 1 至 {MaxStages} 级审核，每级至少一个有效的电子邮件地址。");
        }

        if (!AreAddresses(Escalation ?? [], atLeastOne: false))
        {
            return (null, "escalation 中的电子邮件地址无效。");
        }

        return (new AgencyProfile(
            agencyId,
            Name.Trim(),
            kind.Value,
            Normalise(Submitters!),
            [.. ReviewStages.Select(Normalise)],
            Normalise(Escalation ?? [])), null);
    }

    private static bool AreAddresses(IReadOnlyList<string>? addresses, bool atLeastOne) =>
        addresses is not null
        && (!atLeastOne || addresses.Count > 0)
        && addresses.Count <= MaxAddresses
        && addresses.All(IsAddress);

    /// <summary>A bare address (no display name, no line breaks that could inject headers).</summary>
    private static bool IsAddress(string? address) =>
        address is { Length: > 0 and <= 254 }
        && !address.Any(char.IsControl)
        && MailAddress.TryCreate(address.Trim(), out var parsed)
        && parsed.Address == address.Trim()
        && parsed.DisplayName.Length == 0;

    private static IReadOnlyList<string> Normalise(IReadOnlyList<string> addresses) =>
        [.. addresses.Select(a => a.Trim().ToLowerInvariant()).Distinct()];
}
