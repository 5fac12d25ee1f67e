using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Tests.Reading;
using Workflow.Reports.Tests.Reading.Docx;
using Workflow.Reports.Tests.Support;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>
/// The valid inputs the mutations start from: the seed and the real reports as text, pages rendered from them
/// and from generated consistent reports, Word packages built from a generated report and from the seed, and the
/// canonical JSON of each. Built once; every case copies before it mutates.
/// </summary>
internal static class FuzzInputs
{
    public static readonly string[] Text = ["seed.txt", "huaian.txt", "shanghai.txt"];
    public static readonly string[] Html = ["seed.html", "huaian.html", "consistent.html", "generated.html"];
    public static readonly string[] Word = ["consistent.docx", "seed.docx"];
    public static readonly string[] Json = ["seed.json", "huaian.json", "consistent.json"];

    public const string WordDocumentPart = "word/document.xml";

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> All = new(Build);

    public static byte[] Bytes(string name) => All.Value[name];

    private static IReadOnlyDictionary<string, byte[]> Build()
    {
        var renderer = new HtmlReportRenderer();
        var consistent = ConsistentReports.Example();
        var generated = ConsistentReports.Build(new ConsistentReportFigures(
            Outcomes: [.. Enumerable.Range(0, 21 * 6).Select(i => (i * 13 + 5) % 29)],
            CarriedIn: [9, 0, 3, 0, 1, 0],
            CarriedOut: [0, 7, 0, 2, 0, 5],
            Appeals: [0, 12, 3, 5, 2, 0, 9, 1, 4, 4, 0, 3],
            Proactive: [3, 1, 0, 250, 17, 0, 99, 480, 12],
            FeeCents: 0,
            Agency: 1,
            Year: 2024,
            Day: 31,
            ProcessingFee: 0,
            Problems: 2));
        var seed = RealReports.Seed.Report;
        var huaian = RealReports.Huaian.Report;
        return new Dictionary<string, byte[]>
        {
            ["seed.txt"] = RealReports.Bytes(RealReports.SeedFile),
            ["huaian.txt"] = RealReports.Bytes(RealReports.HuaianFile),
            ["shanghai.txt"] = RealReports.Bytes(RealReports.ShanghaiFile),
            ["seed.html"] = Utf8(renderer.Render(seed)),
            ["huaian.html"] = Utf8(renderer.Render(huaian)),
            ["consistent.html"] = Utf8(renderer.Render(consistent)),
            ["generated.html"] = Utf8(renderer.Render(generated)),
            ["consistent.docx"] = WordReport.Build(consistent),
            ["seed.docx"] = WordReport.Build(seed),
            ["seed.json"] = Utf8(ReportJson.Serialize(seed)),
            ["huaian.json"] = Utf8(ReportJson.Serialize(huaian)),
            ["consistent.json"] = Utf8(ReportJson.Serialize(consistent)),
        };
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
