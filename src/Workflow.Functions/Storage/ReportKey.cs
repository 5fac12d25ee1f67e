using System.Globalization;

namespace Workflow.Functions.Storage;

/// <summary>
/// One agency's report for one year: the unit of submission, review and publication. Built only from a
/// validated agency id (a slug) and a year, so the derived names never need escaping.
/// </summary>
public readonly record struct ReportKey(string AgencyId, int Year)
{
    private const string InstancePrefix = "report-";

    /// <summary>Partition key of every table row about this report.</summary>
    public string PartitionKey => $"{AgencyId}-{YearText}";

    /// <summary>The review orchestration's instance id: one per agency and year.</summary>
    public string InstanceId => InstancePrefix + PartitionKey;

    public string YearText => Year.ToString(CultureInfo.InvariantCulture);

    public string DraftPrefix => $"{YearText}/{AgencyId}/";

    public string CanonicalBlob(int revision) => $"{DraftPrefix}r{revision}.json";

    public string FindingsBlob(int revision) => $"{DraftPrefix}r{revision}.findings.json";

    /// <summary>The cells of revision n the reader inferred rather than read as written (JSON array, often empty).</summary>
    public string InferredBlob(int revision) => $"{DraftPrefix}r{revision}.inferred.json";

    public string OriginalBlob(int revision, string extension) => $"{DraftPrefix}r{revision}.original.{extension}";

    public string ApprovedBlob => $"{YearText}/{AgencyId}.json";

    public string PublishedBlob => $"{YearText}/{AgencyId}/report.json";

    /// <summary>Canonical JSON of an imported past report in the history container.</summary>
    public string HistoryBlob => $"{YearText}/{AgencyId}.json";

    public string HistoryOriginalBlob(string extension) => $"{YearText}/{AgencyId}.original.{extension}";

    public static bool TryParseInstanceId(string? instanceId, out ReportKey key)
    {
        key = default;
        if (instanceId is null || !instanceId.StartsWith(InstancePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = instanceId[InstancePrefix.Length..];
        var dash = rest.LastIndexOf('-');
        if (dash <= 0 || !int.TryParse(rest[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        var agencyId = rest[..dash];
        if (!Workflow.Reports.Model.Agency.IsValidId(agencyId))
        {
            return false;
        }

        key = new ReportKey(agencyId, year);
        return true;
    }

    public override string ToString() => PartitionKey;
}
