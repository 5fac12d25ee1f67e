namespace Workflow.Reports.Model;

/// <summary>
/// The canonical 政府信息公开工作年度报告: what the API accepts, the validator checks, the renderer lays out
/// and the public downloads as report.json (schema: report.schema.json).
/// </summary>
public sealed record AnnualReport(
    Agency Agency,
    int Year,
    string Title,
    DateOnly? PublishedOn,
    Edition Edition,
    ReportSections Sections);
