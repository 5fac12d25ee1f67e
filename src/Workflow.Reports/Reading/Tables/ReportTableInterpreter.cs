using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Turns a report document of any format (text, HTML, Word, PDF) into the canonical model. The document's lines
/// (paragraphs and table rows alike) give the outline: front matter, part headings, closing date and signature. Each
/// of tables 二, 三 and 四 is read from the cells of its part's lines by the template's labels and identities, so it
/// does not matter whether a format wrote a table as a grid, as rows of text or one cell per line.
/// </summary>
internal static class ReportTableInterpreter
{
    private static readonly string[] TitlePhrases = ["政府信息公开工作年度报告", "政府信息公开年度报告", "年度政府信息公开工作报告"];

    /// <exception cref="UnreadableReportException">The document is not recognisably a report, or its year is unknown.</exception>
    public static ReportReading Interpret(ReportDocument document, ReadOptions options)
    {
        var log = new ReadingLog();
        var lines = DocumentLines.Of(document);
        var texts = lines.ConvertAll(l => l.Text.AsMemory());
        var outline = ReportOutline.Of(texts);
        var front = outline.Front;
        var headings = outline.Headings;
        var declared = front.Title is null && document.DeclaredTitle is { } title && TitlePhrases.Any(p => FrontMatter.Compact(title).Contains(p, StringComparison.Ordinal))
            ? FrontMatter.Read([title.AsMemory()], 1)
            : null;

        NoteUnrecognisedHeadings(lines, headings, log);
        var end = ReportEnd(lines, headings);
        var closing = TextReportReader.Closing(texts, headings, options, front, ref end);
        var year = options.Year ?? front.Year ?? declared?.Year ?? outline.PeriodYear ?? (front.PublishedOn ?? closing)?.Year - 1;

        TableRegion Region(int section, IReadOnlySet<int>? taken = null) => new(lines, outline.Start(section), outline.Stop(section, end), taken);
        var proactive = ProactiveTables.Read(Region(1), year ?? 0, log);
        var requests = Requests(lines, outline, end, log);
        var appeals = AppealsTable.Read(Region(3, requests.Taken), log, outline.Headings[3] is not null);

        var reportYear = outline.ReportYear(year, front.Title is not null || declared is not null, proactive.Value.Count > 0, requests.Value.Count > 0);

        bool IsTable(int line) => proactive.Lines.Contains(line) || requests.Lines.Contains(line) || appeals.Lines.Contains(line);
        string Section(int index) => outline.SectionText(texts, index, end, IsTable);
        var preamble = outline.Preamble(texts, end, IsTable);

        var report = new AnnualReport(
            outline.Agency(options, declared?.AgencyName, log.Notes),
            reportYear,
            front.Title ?? declared?.Title ?? "",
            front.PublishedOn ?? closing,
            ReportOutline.EditionOf(proactive.Editions.Concat(requests.Editions), reportYear),
            new ReportSections(
                preamble,
                Section(0),
                new ProactiveSection(Section(1), proactive.Value),
                new RequestsSection(Section(2), requests.Value),
                new AppealsSection(Section(3), appeals.Value),
                Section(4),
                Section(5)));
        return new ReportReading(report, log.Notes, log.Inferred);
    }

    /// <summary>
    /// Table 三 from its part; when its last rows are missing there, from its part and the next: OCR and page breaks put
    /// the last rows of 三 after the heading of 四 (under 四's header row), and table 四 is then read without them.
    /// </summary>
    private static TableRead<IReadOnlyDictionary<string, IReadOnlyList<long?>>> Requests(List<DocumentLine> lines, ReportOutline outline, int end, ReadingLog log)
    {
        var own = new ReadingLog();
        var requests = RequestsTable.Read(new TableRegion(lines, outline.Start(2), outline.Stop(2, end)), own);
        if (outline.Headings[3] is not null && requests.Value.Count > 0 && !(requests.Value.ContainsKey("S7") && requests.Value.ContainsKey("R4")))
        {
            var wider = new ReadingLog();
            var extended = RequestsTable.Read(new TableRegion(lines, outline.Start(2), outline.Stop(3, end)), wider);
            if (extended.Value.Count > requests.Value.Count)
            {
                (requests, own) = (extended, wider);
            }
        }
        log.Notes.AddRange(own.Notes);
        log.Inferred.AddRange(own.Inferred);
        return requests;
    }

    private static readonly string[] HeadingWords = ["总体情况", "主动公开政府信息", "收到和处理政府信息公开申请", "行政复议、行政诉讼情况", "存在的主要问题", "其他需要报告"];

    /// <summary>
    /// A part whose heading was not recognised, while a short line names it, was probably misread rather than left out:
    /// that doubt is recorded at the part, so that its F-SECT is a warning, not a block.
    /// </summary>
    private static void NoteUnrecognisedHeadings(List<DocumentLine> lines, int?[] headings, ReadingLog log)
    {
        for (var s = 0; s < headings.Length; s++)
        {
            if (headings[s] is not null)
            {
                continue;
            }
            var word = HeadingWords[s];
            if (lines.FirstOrDefault(l => l.Text.Length <= 40 && ChineseText.LabelKeyWithoutQuotes(l.Text).Contains(ChineseText.LabelKeyWithoutQuotes(word), StringComparison.Ordinal)) is { } line)
            {
                var numeral = ReportTemplate.SectionNumerals[s];
                log.Inferred.Add(new InferredCell(numeral, null, InferenceBasis.Unresolved,
                    $"未能识别第{numeral}部分的标题，但文中有“{line.Text.Trim()}”，该部分可能未被正确读取，请核对"));
            }
        }
    }

    /// <summary>
    /// Pages go on after the report (site footer, links); the report ends with the last line after part 六's
    /// heading that is only a date, when there is one.
    /// </summary>
    private static int ReportEnd(List<DocumentLine> lines, int?[] headings)
    {
        var lastHeading = headings.Max() ?? -1;
        for (var i = lines.Count - 1; i > lastHeading; i--)
        {
            if (FrontMatter.DateLine(lines[i].Text) is not null)
            {
                return i + 1;
            }
        }
        return lines.Count;
    }
}
