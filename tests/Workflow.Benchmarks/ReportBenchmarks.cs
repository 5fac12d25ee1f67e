using BenchmarkDotNet.Attributes;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Benchmarks;

/// <summary>
/// The cost of understanding a report against the cost of parsing its structured form: the baseline is
/// System.Text.Json deserializing the same report's canonical report.json, so the Ratio column reads directly
/// against the targets (read + validate at most 3×, render at most 2×).
/// </summary>
/// <remarks>
/// Fifteen warm-up iterations whatever the job: each benchmark runs in a process of its own, and with the short job's
/// three the "read text + validate" process was still tiering up the reader's and the validator's code while measured
/// (Huai'an 2024: 200 µs ± 980 with three, 75 µs ± 5 with twenty, for the same code).
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(15)]
public class ReportBenchmarks
{
    private readonly TextReportReader reader = new();
    private readonly ReportValidator validator = new();
    private readonly HtmlReportRenderer renderer = new();

    private byte[] text = [];
    private string json = "";
    private ReportReading reading = null!;

    [Params(BenchmarkInputs.Seed, BenchmarkInputs.Shanghai, BenchmarkInputs.Huaian)]
    public string Report { get; set; } = BenchmarkInputs.Seed;

    [GlobalSetup]
    public void Load()
    {
        text = BenchmarkInputs.Bytes(Report);
        reading = reader.Read(text, ReadOptions.None);
        json = ReportJson.Serialize(reading.Report);
    }

    [Benchmark(Baseline = true, Description = "JSON deserialize")]
    public object DeserializeJson() => ReportJson.Deserialize(json);

    [Benchmark(Description = "read text")]
    public object ReadText() => reader.Read(text, ReadOptions.None);

    [Benchmark(Description = "validate")]
    public object Validate() => validator.Validate(reading);

    [Benchmark(Description = "read text + validate")]
    public object ReadAndValidate() => validator.Validate(reader.Read(text, ReadOptions.None));

    [Benchmark(Description = "render HTML")]
    public object RenderHtml() => renderer.Render(reading.Report);
}
