using BenchmarkDotNet.Attributes;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Pdf;
using Workflow.Reports.Validation;

namespace Workflow.Benchmarks;

/// <summary>
/// Reading the Huai'an report as published (a PDF made by WPS) against reading its <c>pdftotext -layout</c> text,
/// the baseline: the cost of PdfPig and of turning glyph positions into lines and grids.
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

    [GlobalSetup]
    public void Load()
    {
        text = BenchmarkInputs.Bytes(BenchmarkInputs.Huaian);
        pdf = BenchmarkInputs.Bytes(BenchmarkInputs.Huaian, ".pdf");
    }

    [Benchmark(Baseline = true, Description = "read text")]
    public object ReadText() => textReader.Read(text, ReadOptions.None);

    [Benchmark(Description = "read PDF")]
    public object ReadPdf() => pdfReader.Read(pdf, ReadOptions.None);

    [Benchmark(Description = "read PDF + validate")]
    public object ReadPdfAndValidate() => validator.Validate(pdfReader.Read(pdf, ReadOptions.None));
}
