using Microsoft.DurableTask.Client;
using Workflow.Functions.Storage;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// Several local hosts can share one Azurite (a developer's, a test run's), and each one's blob listener sees
/// every approved blob; the first to get one would publish it with its own mail settings. So a local host
/// publishes only the approvals of its own workflow: those whose review orchestration is in its task hub.
/// In Azure there is one function app per storage account and this check does not exist.
/// </summary>
public sealed class OwnApprovals(DurableTaskClient client)
{
    public async Task<bool> IncludesAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (!values.TryGetValue("agencyId", out var agencyId) || !values.TryGetValue("year", out var yearText) || !int.TryParse(yearText, out var year))
        {
            return true;
        }

        return await client.GetInstanceAsync(new ReportKey(agencyId, year).InstanceId, getInputsAndOutputs: false, cancellationToken) is not null;
    }
}
