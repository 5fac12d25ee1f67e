namespace Workflow.Reports.Reading;

/// <summary>
/// Reads the canonical report.json (<see cref="ReportJsonReader"/>): it has nothing a reader must note, and what the
/// caller knows (the registered agency, the year in the address) wins over what the file says, as for every reader.
/// </summary>
public sealed class JsonReportReader : IReportReader
{
    public const string MediaType = "application/json";

    public IReadOnlyList<string> MediaTypes { get; } = [MediaType];

    public ReportReading Read(ReadOnlyMemory<byte> content, ReadOptions options)
    {
        var report = ReportJsonReader.Read(content.Span);
        var agency = report.Agency with
        {
            Id = options.AgencyId ?? report.Agency.Id,
            Name = options.AgencyName ?? report.Agency.Name,
            Kind = options.Kind ?? report.Agency.Kind,
        };
        return new ReportReading(report with { Agency = agency, Year = options.Year ?? report.Year }, []);
    }
}
