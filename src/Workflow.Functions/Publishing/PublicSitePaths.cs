namespace Workflow.Functions.Publishing;

/// <summary>Blob names in the public <c>reports</c> container; pages link to each other relatively.</summary>
public static class PublicSitePaths
{
    public const string Container = "reports";
    public const string Feed = "feed.xml";
    public const string Schema = "schema/v1/report.schema.json";
    public const string EntriesPrefix = "entries/";

    public static string ReportPage(int year, string agencyId) => $"{year}/{agencyId}/index.html";

    public static string ReportJson(int year, string agencyId) => $"{year}/{agencyId}/report.json";

    public static string YearIndexHtml(int year) => $"{year}/index.html";

    public static string YearIndexJson(int year) => $"{year}/index.json";

    public static string StatisticsCsv(int year) => $"{year}/statistics.csv";

    public static string StatisticsHtml(int year) => $"{year}/statistics.html";

    public static string Entry(int year, string agencyId) => $"{EntriesPrefix}{year}/{agencyId}.json";

    public static string EntriesOf(int year) => $"{EntriesPrefix}{year}/";

    /// <summary>Absolute URL of a blob under the public base (e.g. http://127.0.0.1:10000/devstoreaccount1/reports).</summary>
    public static string Url(string publicBaseUrl, string path) => $"{publicBaseUrl.TrimEnd('/')}/{path}";
}
