using Workflow.Functions.Storage;

namespace Workflow.Functions.Tests.Support;

/// <summary>What the tests read of the approved blob: its JSON, or null when none was written.</summary>
public static class ApprovedBlobs
{
    public static async Task<string?> ReadApprovedAsync(this DraftStore drafts, ReportKey key) =>
        (await drafts.ReadApprovedBlobAsync(key))?.Json;
}
