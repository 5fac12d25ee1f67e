using Workflow.Reports.Reading;

namespace Workflow.Reports.Tests.Reading;

/// <summary>The seed and the two real reports in the test output folder, read once.</summary>
internal static class RealReports
{
    public const string SeedFile = "Fixtures/seeds/huairen-xzspj-2023.txt";
    public const string ShanghaiFile = "Fixtures/01_shanghai_municipal_gov_office_2019.txt";
    public const string HuaianFile = "Fixtures/02_huaian_city_gov_2024.txt";

    private static readonly Lazy<ReportReading> SeedReading = new(() => ReadFile(SeedFile));
    private static readonly Lazy<ReportReading> ShanghaiReading = new(() => ReadFile(ShanghaiFile));
    private static readonly Lazy<ReportReading> HuaianReading = new(() => ReadFile(HuaianFile));

    public static ReportReading Seed => SeedReading.Value;

    public static ReportReading Shanghai => ShanghaiReading.Value;

    public static ReportReading Huaian => HuaianReading.Value;

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, file));

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file));

    public static ReportReading ReadFile(string file) => new TextReportReader().Read(Bytes(file), ReadOptions.None);
}
