namespace Workflow.Functions.Publishing;

/// <summary>Content-Type and Cache-Control of each kind of public blob.</summary>
public sealed record PublicContent(string ContentType, string CacheControl)
{
    /// <summary>Report pages change only on a correction: an hour of caching is harmless.</summary>
    public static readonly PublicContent ReportPage = new("text/html; charset=utf-8", "public, max-age=3600");

    public static readonly PublicContent ReportJson = new("application/json; charset=utf-8", "public, max-age=3600");

    /// <summary>Indexes and the feed change with every publication: a minute.</summary>
    public static readonly PublicContent IndexHtml = new("text/html; charset=utf-8", "public, max-age=60");

    public static readonly PublicContent IndexJson = new("application/json; charset=utf-8", "public, max-age=60");

    public static readonly PublicContent StatisticsCsv = new("text/csv; charset=utf-8", "public, max-age=60");

    public static readonly PublicContent Feed = new("application/atom+xml; charset=utf-8", "public, max-age=60");

    public static readonly PublicContent Entry = new("application/json; charset=utf-8", "public, max-age=60");

    public static readonly PublicContent Schema = new("application/schema+json; charset=utf-8", "public, max-age=86400");
}
