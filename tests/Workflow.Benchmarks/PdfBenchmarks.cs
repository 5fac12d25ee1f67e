using BenchmarkDotNet.Attributes;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Pdf;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Benchmarks;

/// <summary>
/// Reading the Huai'an report as published (a PDF made by WPS) beside reading its <c>pdftotext -layout</c> text, both
/// against the same baseline as <see cref="ReportBenchmarks"/> (System.Text.Json deserializing the report's canonical
/// report.json), so that the Ratio column reads against the text target: the difference is the cost of PdfPig and of
/// turning glyph positions into lines and grids.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(15)]
public class PdfBenchmarks
{
    private readonly TextReportReader textReader = new();
    private readonly PdfReportReader pdfReader = new();
    private readonly ReportValidator validator = new();

    private byte[] text = [];
    private byte[] pdf = [];
    private string json = "";

    [GlobalSetup]
    public void Load()
    {
        text = BenchmarkInputs.Bytes(BenchmarkInputs.Huaian);
        pdf = BenchmarkInputs.Bytes(BenchmarkInputs.Huaian, ".pdf");
        json = ReportJson.Serialize(pdfReader.Read(pdf, ReadOptions.None).Report);
    }

    [Benchmark(Baseline = true, Description = "JSON deserialize")]
    public object DeserializeJson() => ReportJson.Deserialize(json);

    [Benchmark(Description = "read text + validate")]
    public object ReadTextAndValidate() => validator.Validate(textReader.Read(text, ReadOptions.None));

    [Benchmark(Description = "read PDF")]
    public object ReadPdf() => pdfReader.Read(pdf, ReadOptions.None);

    [Benchmark(Description = "read PDF + validate")]
    public object ReadPdfAndValidate() => validator.Validate(pdfReader.Read(pdf, ReadOptions.None));
}
