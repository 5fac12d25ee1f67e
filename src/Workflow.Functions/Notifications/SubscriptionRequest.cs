using System.Net.Mail;
using Workflow.Reports.Model;

namespace Workflow.Functions.Notifications;

/// <summary>Body of PUT/DELETE /api/admin/subscriptions: an address and an agency id, or null for every agency.</summary>
public sealed record SubscriptionRequest(string? Email, string? AgencyId)
{
    /// <returns>A Chinese reason when the request is not acceptable, else null.</returns>
    public string? Problem()
    {
        if (Email is not { Length: > 0 and <= 254 } email
            || email.Any(char.IsControl)
            || !MailAddress.TryCreate(email.Trim(), out var parsed)
            || parsed.Address != email.Trim()
            || parsed.DisplayName.Length > 0)
        {
            return "email 须为一个电子邮件地址。";
        }
        return AgencyId is null || Agency.IsValidId(AgencyId) ? null : "agencyId 须为机关标识，或省略（订阅全部机关）。";
    }
}
