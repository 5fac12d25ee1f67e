
using Workflow.Functions.Http;

namespace Workflow.Functions.Agencies;

/// <summary>The result of checking X-Agency-Key against an agency; <see cref="Agency"/> is set when granted.</summary>
public sealed record AgencyAccess(AccessOutcome Outcome, AgencyProfile? Agency)
{
    public ApiResponse Refusal() => Outcome switch
    {
        AccessOutcome.MissingKey => ApiResults.Problem(401, "缺少机关密钥", "请在请求头 X-Agency-Key 中提供本机关的密钥。"),
        AccessOutcome.WrongKey => ApiResults.Problem(401, "机关密钥无效"),
        AccessOutcome.OtherAgency => ApiResults.Problem(403, "无权访问其他机关的报告"),
        _ => throw new InvalidOperationException("Access was granted."),
    };
}
