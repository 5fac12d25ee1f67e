using System.Text.Json;
using System.Xml;
using CsCheck;
using Workflow.Functions.Publishing;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Publishing;

/// <summary>
/// The writers of public documents cannot throw on any string the model can hold: arbitrary UTF-16 (control
/// characters, U+FFFE/U+FFFF, lone surrogates) in every text of a report or an entry still gives a page, a
/// well-formed feed and valid JSON, none of which carries those characters.
/// </summary>
public sealed class PublicDocumentWriterPropertyTests
{
    private const int Iterations = 300;
    private const string BaseUrl = "http://127.0.0.1:10000/devstoreaccount1/reports";
    private static readonly DateTimeOffset ApprovedAt = new(2024, 1, 20, 6, 30, 0, TimeSpan.Zero);

    private static readonly AnnualReport SeedReport =
        new TextReportReader().Read(Support.Seed.Text, new ReadOptions("huairen-xzspj", "怀仁市行政审批服务管理局", AgencyKind.Department, 2023)).Report;

    /// <summary>Any UTF-16 code unit, with controls, noncharacters and surrogates drawn far more often than by chance.</summary>
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (3, Gen.Char['\0', '\u001F']),
        (1, Gen.Char['\u007F', '\u009F']),
        (2, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char['\uFFFE', '\uFFFF']),
        (3, Gen.Char['\u4E00', '\u9FFF']),
        (2, Gen.Char[' ', '~']),
        (2, Gen.Char));

    private static readonly Gen<string> AnyText = Gen.String[AnyChar, 0, 24];

    private static readonly Gen<(AnnualReport Report, PublicationEntry Entry)> Hostile =
        Gen.Select(AnyText.Array[8], texts =>
        {
            var s = SeedReport.Sections;
            var report = SeedReport with
            {
                Agency = SeedReport.Agency with { Name = texts[0] },
                Title = texts[1],
                Sections = s with
                {
                    Preamble = texts[2],
                    Overview = texts[3] + "\n" + s.Overview,
                    Proactive = s.Proactive with { Cells = [.. s.Proactive.Cells.Select((c, i) => i == 0 ? c with { Raw = texts[4], Unit = texts[5] } : c)] },
                    Problems = texts[6],
                    Other = texts[7],
                },
            };
            var entry = new PublicationEntry("huairen-xzspj", texts[0], AgencyKind.Department, 2023, texts[1], 1, ApprovedAt, ApprovedAt, [], new string('a', 64));
            return (report, entry);
        });

    [Fact]
    public void Report_page_is_written_for_any_text_and_carries_no_unsafe_character()
    {
        var pages = new ReportPageRenderer(new HtmlReportRenderer());
        Hostile.Sample(h =>
        {
            var page = pages.Render(h.Report, h.Entry, [2022]);
            Assert.True(SafeText.IsClean(page), $"the page carries {SafeText.DescribeFirstUnsafe(page)}");
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Feed_is_well_formed_xml_for_any_text()
    {
        Hostile.Sample(h =>
        {
            var feed = AtomFeedRenderer.Render([h.Entry, h.Entry with { AgencyId = "other-agency", Year = 2022 }], BaseUrl);
            using var reader = XmlReader.Create(new StringReader(feed));
            while (reader.Read())
            {
            }
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Year_index_is_valid_json_and_clean_html_for_any_text()
    {
        Hostile.Sample(h =>
        {
            using var _ = JsonDocument.Parse(YearIndexRenderer.Json(2023, [h.Entry], BaseUrl));
            var html = YearIndexRenderer.Html(2023, [h.Entry]);
            Assert.True(SafeText.IsClean(html), $"the index carries {SafeText.DescribeFirstUnsafe(html)}");
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Report_json_is_written_for_any_text()
    {
        Hostile.Sample(h =>
        {
            using var _ = JsonDocument.Parse(ReportJson.Serialize(h.Report));
        }, iter: Iterations, threads: 1);
    }
}
