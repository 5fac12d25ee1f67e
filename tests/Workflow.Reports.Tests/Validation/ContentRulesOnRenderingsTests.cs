using Workflow.Reports.Reading;
using Workflow.Reports.Tests.Reading.Renderings;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

/// <summary>
/// The content rules of issue 13 read prose, which each rendering of the corpus (Fixtures/Renderings) breaks in its own
/// way: lines cut mid-sentence, headings run in, page footers between words. Whatever a rendering does, they find no
/// more than on the report's text itself (the seed and the two real reports; the variants are made from Huai'an's).
/// </summary>
public class ContentRulesOnRenderingsTests
{
    private const string Root = "Fixtures/Renderings";

    private static readonly string[] ContentRules = ["Y-BODY", "F-BASIS", "F-S1", "F-S6", "T2-POWER", "X-T2"];

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["huaian-2024"] = RealReportFindings.Huaian,
        ["variants"] = RealReportFindings.Huaian,
        ["huairen-2023"] = RealReportFindings.Seed,
        ["shanghai-2019"] = RealReportFindings.Shanghai,
    };

    public static TheoryData<string> Renderings() => RenderingCorpusTests.Renderings();

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Rendering_gets_no_content_finding_its_source_text_does_not(string rendering)
    {
        Assert.True(Sources.TryGetValue(rendering.Split('/')[0], out var source), $"{rendering}: no source text known for its folder; add it to Sources");
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, Root, rendering));
        var reading = new ReportReaders().Read(bytes, RenderingCorpusTests.MediaTypeOf(rendering), new ReadOptions());
        var expected = ContentFindings(new TextReportReader().Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, source)), new ReadOptions()));

        var extra = ContentFindings(reading).Except(expected).ToList();

        Assert.True(extra.Count == 0, $"{rendering}: {string.Join("; ", extra)}");
    }

    private static HashSet<(string RuleId, string Location)> ContentFindings(ReportReading reading) =>
        [.. new ReportValidator().Validate(reading).Where(f => ContentRules.Contains(f.RuleId)).Select(f => (f.RuleId, f.Location))];
}
