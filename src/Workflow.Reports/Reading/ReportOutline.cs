using Workflow.Reports.Model;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading;

/// <summary>
/// The skeleton every reader finds in a report's lines, whether they come from flattened text or from the
/// paragraphs of a page or a Word document: the front matter, the line of each part heading (searched once)
/// and the statistics period's year; and the free text between them, with the lines of tables left out.
/// </summary>
internal sealed record ReportOutline(FrontMatter Front, int?[] Headings, int FirstHeading, int? PeriodYear)
{
    public static ReportOutline Of(IReadOnlyList<ReadOnlyMemory<char>> lines)
    {
        var candidates = SectionHeadings.Candidates(lines);
        var headings = SectionHeadings.Find(candidates, 0);
        var front = FrontMatter.Read(lines, First(headings, lines.Count));
        if (front.Title is not null)
        {
            // Part headings are taken again after the title, so that a title line can never be taken for one.
            headings = SectionHeadings.Find(candidates, front.BodyStart);
        }
        var firstHeading = First(headings, lines.Count);
        var periodYear = FrontMatter.PeriodYear(Joined(lines, firstHeading));
        return new ReportOutline(front, headings, firstHeading, periodYear);
    }

    /// <summary>
    /// The report year, once something recognisable shows that this is a report at all: its title, one part heading or
    /// one of the tables of 二 and 三. A partial draft is read; what it lacks is a finding, not a refusal.
    /// </summary>
    /// <exception cref="UnreadableReportException">None of those was found, or <paramref name="year"/> is unknown.</exception>
    public int ReportYear(int? year, bool title, bool proactiveTable, bool requestsTable)
    {
        if (!title && !proactiveTable && !requestsTable && Headings.All(h => h is null))
        {
            throw new UnreadableReportException("not-a-report",
                "未能识别为政府信息公开工作年度报告：没有找到“一、总体情况”“二、主动公开政府信息情况”等部分标题或统计表格。");
        }
        return year ?? throw new UnreadableReportException("not-a-report",
            "无法确定报告年度：标题和统计期限中都没有写明年度，请在标题中写明（如“2023年政府信息公开工作年度报告”）或指定年度。");
    }

    /// <summary>
    /// Where the region of part <paramref name="section"/> starts: after its heading or, when that is missing, after
    /// the heading of the nearest earlier part found (after the title when none is).
    /// </summary>
    public int Start(int section)
    {
        for (var s = section; s >= 0; s--)
        {
            if (Headings[s] is { } h)
            {
                return h + 1;
            }
        }
        return Front.BodyStart;
    }

    /// <summary>Where the region of part <paramref name="section"/> ends: the next heading found, at most <paramref name="end"/>.</summary>
    public int Stop(int section, int end)
    {
        for (var s = section + 1; s < Headings.Length; s++)
        {
            if (Headings[s] is { } h)
            {
                return Math.Min(h, end);
            }
        }
        return end;
    }

    /// <summary>The text between the title and part 一, without the 发布日期 line and the lines of tables.</summary>
    public string Preamble(IReadOnlyList<ReadOnlyMemory<char>> lines, int end, Func<int, bool> isTable) =>
        Join(lines, Front.BodyStart, Math.Min(FirstHeading, end), i => i == Front.PublishedLine || isTable(i));

    /// <summary>The text of a part after its heading, without the lines of tables; "" when the heading is missing.</summary>
    public string SectionText(IReadOnlyList<ReadOnlyMemory<char>> lines, int section, int end, Func<int, bool> isTable) =>
        Headings[section] is { } heading ? Join(lines, heading + 1, Stop(section, end), isTable) : "";

    /// <summary>
    /// The agency: named by the options, else by the title (or by a title declared elsewhere, such as a page's
    /// &lt;title&gt;), noted as F-TITLE when by neither. The id is the options' or "unknown"; the kind the options',
    /// else government when the name ends in 人民政府.
    /// </summary>
    public Agency Agency(ReadOptions options, string? declaredName, List<Finding> notes)
    {
        var name = options.AgencyName ?? Front.AgencyName ?? declaredName;
        if (name is null)
        {
            notes.Add(new Finding("F-TITLE", Severity.Warning, "未能从标题中识别机关名称（标题应为“机关全称+年度+政府信息公开工作年度报告”）。", "标题"));
        }
        var agencyName = name ?? "未识别的机关";
        return new Agency(
            options.AgencyId ?? TextReportReader.UnknownAgencyId,
            agencyName,
            options.Kind ?? (agencyName.EndsWith("人民政府", StringComparison.Ordinal) ? AgencyKind.Government : AgencyKind.Department));
    }

    /// <summary>The edition the tables were read in: the year's when no table says, <see cref="Edition.Mixed"/> when they disagree.</summary>
    public static Edition EditionOf(IEnumerable<Edition> tableEditions, int year)
    {
        var editions = tableEditions.Distinct().ToList();
        return editions.Count switch
        {
            0 => year >= 2021 ? Edition.Format2021 : Edition.Format2019,
            1 => editions[0],
            _ => Edition.Mixed,
        };
    }

    /// <summary>Trimmed, non-empty lines joined by line breaks.</summary>
    private static string Join(IReadOnlyList<ReadOnlyMemory<char>> lines, int from, int to, Func<int, bool> skip)
    {
        // Measured first and then written into one string of that length: the free texts are most of a report, and a
        // growing builder copied them two or three times.
        var length = -1;
        for (var i = from; i < to; i++)
        {
            var line = skip(i) ? default : lines[i].Span.Trim();
            length += line.Length > 0 ? line.Length + 1 : 0;
        }
        if (length <= 0)
        {
            return "";
        }
        return string.Create(length, (lines, from, to, skip), static (target, state) =>
        {
            var written = 0;
            for (var i = state.from; i < state.to; i++)
            {
                var line = state.skip(i) ? default : state.lines[i].Span.Trim();
                if (line.Length == 0)
                {
                    continue;
                }
                if (written > 0)
                {
                    target[written++] = '\n';
                }
                line.CopyTo(target[written..]);
                written += line.Length;
            }
        });
    }

    /// <summary>The first <paramref name="count"/> lines as one text, a line break after each but the last.</summary>
    private static string Joined(IReadOnlyList<ReadOnlyMemory<char>> lines, int count)
    {
        var length = Math.Max(0, count - 1);
        for (var i = 0; i < count; i++)
        {
            length += lines[i].Length;
        }
        return string.Create(length, (lines, count), static (target, state) =>
        {
            var written = 0;
            for (var i = 0; i < state.count; i++)
            {
                if (i > 0)
                {
                    target[written++] = '\n';
                }
                state.lines[i].Span.CopyTo(target[written..]);
                written += state.lines[i].Length;
            }
        });
    }

    private static int First(int?[] headings, int none)
    {
        foreach (var heading in headings)
        {
            if (heading is { } line)
            {
                return line;
            }
        }
        return none;
    }
}
