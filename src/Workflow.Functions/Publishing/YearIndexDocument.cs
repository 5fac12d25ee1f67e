namespace Workflow.Functions.Publishing;

/// <summary>The body of <c>{year}/index.json</c>: every report published for the year, ordered by agency id.</summary>
public sealed record YearIndexDocument(int Year, string FeedUrl, string SchemaUrl, IReadOnlyList<YearIndexItem> Reports);
