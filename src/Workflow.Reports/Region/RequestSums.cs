namespace Workflow.Reports.Region;

/// <summary>Table 三 added up, keyed like report.json's <c>sections.requests.rows</c>.</summary>
public sealed record RequestSums(IReadOnlyDictionary<string, IReadOnlyList<long?>> Rows);
