using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

/// <summary>The three real reports at hand, read by the text reader and validated with the reader's notes.</summary>
internal static class RealReportFindings
{
    public const string Seed = "Fixtures/seeds/huairen-xzspj-2023.txt";
    public const string Shanghai = "Fixtures/01_shanghai_municipal_gov_office_2019.txt";
    public const string Huaian = "Fixtures/02_huaian_city_gov_2024.txt";

    public static ReportReading Read(string file, AgencyKind kind) =>
        new TextReportReader().Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)), ReadOptions.None with { Kind = kind });

    public static IReadOnlyList<Finding> Of(string file, AgencyKind kind) => new ReportValidator().Validate(Read(file, kind));
}
