using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Agencies;

/// <summary>Checks X-Agency-Key (an agency acts only on its own reports) and X-Admin-Key.</summary>
public sealed class AgencyAuthenticator(AgencyStore agencies, IOptions<WorkflowOptions> options)
{
    public const string AgencyKeyHeader = "X-Agency-Key";
    public const string AdminKeyHeader = "X-Admin-Key";

    /// <summary>Checks the request's agency key for access to <paramref name="agencyId"/>'s reports.</summary>
    public async Task<AgencyAccess> AuthorizeAsync(HttpRequest request, string agencyId, CancellationToken cancellationToken)
    {
        var authenticated = await AuthenticateAsync(request, cancellationToken);
        if (authenticated.Outcome != AccessOutcome.Granted)
        {
            return authenticated;
        }

        return authenticated.Agency!.Id == agencyId ? authenticated : new AgencyAccess(AccessOutcome.OtherAgency, null);
    }

    /// <summary>Which agency the request's key belongs to, if any.</summary>
    public async Task<AgencyAccess> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var key = request.Headers[AgencyKeyHeader].ToString().Trim();
        if (key.Length == 0)
        {
            return new AgencyAccess(AccessOutcome.MissingKey, null);
        }

        var claimed = AgencyKeys.ClaimedAgencyId(key);
        var found = claimed is null || key.Length > 256 ? null : await agencies.FindAsync(claimed, cancellationToken);
        if (found is not { } agency || !AgencyKeys.Matches(key, agency.KeyHash))
        {
            return new AgencyAccess(AccessOutcome.WrongKey, null);
        }

        return new AgencyAccess(AccessOutcome.Granted, agency.Profile);
    }

    /// <summary>The answer to an admin route called without the right X-Admin-Key.</summary>
    public static ApiResponse AdminRefusal() =>
        ApiResults.Problem(401, "管理密钥无效", "请在请求头 X-Admin-Key 中提供管理密钥。");

    /// <summary>True when X-Admin-Key equals Workflow:AdminKey (never when no admin key is configured).</summary>
    public bool IsAdmin(HttpRequest request)
    {
        var configured = options.Value.AdminKey;
        var given = request.Headers[AdminKeyHeader].ToString();
        return configured.Length > 0 && given.Length > 0 && AgencyKeys.SecretEquals(given, configured);
    }
}
