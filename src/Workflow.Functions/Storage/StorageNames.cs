namespace Workflow.Functions.Storage;

/// <summary>
/// Private containers and tables of the app (the AzureWebJobsStorage account). The public reports container
/// is <see cref="PublicReportsContainer"/>.
/// </summary>
public static class StorageNames
{
    /// <summary>Uploads and canonical JSON per revision: {year}/{agencyId}/r{n}.*</summary>
    public const string DraftsContainer = "drafts";

    /// <summary>Approved reports, {year}/{agencyId}.json; the publication function triggers on it.</summary>
    public const string ApprovedContainer = "approved";

    /// <summary>Past reports imported by the administrator for cross-year checks: {year}/{agencyId}.json (+ the original).</summary>
    public const string HistoryContainer = "history";

    public const string AgenciesTable = "agencies";
    public const string SubmissionsTable = "submissions";
    public const string DecisionsTable = "decisions";
    public const string AuditTable = "audit";

    public static readonly IReadOnlyList<string> Containers = [DraftsContainer, ApprovedContainer, HistoryContainer];
    public static readonly IReadOnlyList<string> Tables = [AgenciesTable, SubmissionsTable, DecisionsTable, AuditTable];
}
