using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Reading;

/// <summary>
/// What the lines before part 一 say about the report: its title (one line, or the agency name on the line
/// above "2024 年政府信息公开工作年度报告"), the agency and year in it, and a "发布日期" line.
/// <see cref="BodyStart"/> is the first line after the title (0 when there is none).
/// </summary>
internal sealed partial record FrontMatter(
    string? Title,
    string? AgencyName,
    int? Year,
    int BodyStart,
    int? PublishedLine,
    DateOnly? PublishedOn)
{
    private static readonly string[] TitlePhrases = ["政府信息公开工作年度报告", "政府信息公开年度报告", "年度政府信息公开工作报告"];

    public static FrontMatter Read(IReadOnlyList<ReadOnlyMemory<char>> lines, int end)
    {
        int? titleLine = null;
        int? titleEnd = null;
        string? title = null;
        for (var i = 0; i < end && i < lines.Count; i++)
        {
            var next = i + 1 < end && i + 1 < lines.Count ? lines[i + 1].Span : [];
            if (!lines[i].Span.Contains('报') && !next.Contains('报'))
            {
                continue;
            }
            var compact = Compact(lines[i].ToString());
            if (IsTitle(compact))
            {
                titleLine = titleEnd = i;
                title = compact;
                break;
            }
            // A long title wrapped by its page: the last few characters on a line of their own ("……工作年度报" / "告").
            var rest = Compact(next.ToString());
            if (rest.Length is > 0 and <= MaxTitleWrap && !IsTitle(rest) && IsTitle(compact + rest))
            {
                titleLine = i;
                titleEnd = i + 1;
                title = compact + rest;
                break;
            }
        }

        string? agency = null;
        int? year = null;
        if (title is not null && titleLine is { } line)
        {
            var match = TitleYear().Match(title);
            if (match.Success)
            {
                year = PlausibleYear(match.Groups[1].Value);
                agency = match.Index > 0 ? title[..match.Index] : ReportTitle.AgencyAfterYear(title, match);
                if (match.Index == 0 && PreviousLine(lines, line) is { } previous && LooksLikeName(Compact(lines[previous].ToString())))
                {
                    agency = Compact(lines[previous].ToString());
                    title = agency + title;
                }
            }
        }

        int? publishedLine = null;
        DateOnly? publishedOn = null;
        for (var i = 0; i < end && i < lines.Count; i++)
        {
            var match = lines[i].Span.Contains("发布", StringComparison.Ordinal) ? PublishedPattern().Match(lines[i].ToString()) : Match.Empty;
            if (match.Success)
            {
                publishedLine = i;
                publishedOn = Date(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
                break;
            }
        }

        return new FrontMatter(title, string.IsNullOrEmpty(agency) ? null : agency, year, titleEnd + 1 ?? 0, publishedLine, publishedOn);
    }

    /// <summary>The most characters of a title a page wraps onto a line of their own.</summary>
    private const int MaxTitleWrap = 8;

    private static bool IsTitle(string compact) =>
        compact.Length is > 0 and <= 60 && TitlePhrases.Any(p => compact.Contains(p, StringComparison.Ordinal));

    /// <summary>
    /// The statistics period "统计期限…2023年1月1日" names the report year when the title does not; so does a preamble
    /// that says what it reports on ("编制2023年度政府信息公开工作年度报告", "2023年1月1日至12月31日").
    /// </summary>
    public static int? PeriodYear(string text)
    {
        foreach (var pattern in (Regex[])[PeriodStart(), ReportOfYear(), YearFromFirstDay()])
        {
            var match = pattern.Match(text);
            if (match.Success && PlausibleYear(match.Groups[1].Value) is { } year)
            {
                return year;
            }
        }
        return null;
    }

    /// <summary>A "0000年" or "3023年" is a typo, not the report's year.</summary>
    private static int? PlausibleYear(string digits) => ReportYears.Parse(digits);

    /// <summary>A line that is only a date, as reports end: "2024年1月15日" or "2024-01-15".</summary>
    public static DateOnly? DateLine(string line)
    {
        var match = WholeDate().Match(Compact(line));
        return match.Success ? Date(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value) : null;
    }

    public static DateOnly? Date(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }
        return new DateOnly(y, m, d);
    }

    public static string Compact(string line) =>
        string.Concat(Workflow.Reports.Model.ChineseText.ToHalfWidth(line).Where(c => !char.IsWhiteSpace(c)));


    private static int? PreviousLine(IReadOnlyList<ReadOnlyMemory<char>> lines, int line)
    {
        for (var i = line - 1; i >= 0 && i >= line - 3; i--)
        {
            if (!lines[i].Span.IsWhiteSpace())
            {
                return i;
            }
        }
        return null;
    }

    private static bool LooksLikeName(string text) =>
        text.Length is >= 2 and <= 40 && !text.Any(c => c is '。' or '，' or ',' or ':' or '：' or '；' or ';' or '(' or ')');

    [GeneratedRegex(@"([0-9]{4})年度?")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"发布(?:日期|时间)\s*[:：]\s*([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})")]
    private static partial Regex PublishedPattern();

    [GeneratedRegex(@"^([0-9]{4})[年\-./]([0-9]{1,2})[月\-./]([0-9]{1,2})日?$")]
    private static partial Regex WholeDate();

    [GeneratedRegex(@"统计(?:期限|时限|时间|区间|范围)[^0-9]{0,12}([0-9]{4})\s*年\s*1\s*月\s*1\s*日")]
    private static partial Regex PeriodStart();

    [GeneratedRegex(@"([0-9]{4})\s*年度?[^。；;，,]{0,30}?政府信息公开(?:工作)?(?:年度)?报告")]
    private static partial Regex ReportOfYear();

    [GeneratedRegex(@"([0-9]{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起|至|到|—|－|-|~|～)")]
    private static partial Regex YearFromFirstDay();
}
