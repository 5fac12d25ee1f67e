namespace Workflow.Benchmarks;

/// <summary>The reports measured, copied next to the program by the project file.</summary>
public static class BenchmarkInputs
{
    public const string Seed = "huairen-xzspj-2023";
    public const string Shanghai = "01_shanghai_municipal_gov_office_2019";
    public const string Huaian = "02_huaian_city_gov_2024";

    public static byte[] Bytes(string report, string extension = ".txt") =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Inputs", report + extension));
}
