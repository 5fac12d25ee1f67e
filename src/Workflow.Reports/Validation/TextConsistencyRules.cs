using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// The prose against the tables. All warnings: a figure read from free text may be about something else than the
/// reader assumes, so a person confirms; but a contradiction that stands is a published inaccuracy.
/// <list type="bullet">
/// <item>X-APPS: application counts quoted in sections 一 and 三 (收到/受理, 上年结转, 答复/办结, 顺延/结转下年度, and the
/// outcome counts) equal table 三.</item>
/// <item>X-REVLIT: 行政复议 and 行政诉讼 counts and their split quoted in 一 and 四 equal table 四 (诉讼 = 直接起诉 + 复议后起诉);
/// "均获维持" requires no 纠正, 其他 or 尚未审结.</item>
/// <item>X-PCT: a share ("占…%", "…率为…%") is recomputed from its numerator and a denominator of the same unit earlier in
/// the sentence (for application outcomes, the table's 答复总数/新收数); it passes when rounding or truncation at the printed
/// precision gives the printed figure. Percentages without both figures at hand are not judged.</item>
/// <item>X-FEE6: from 2021 on, section 六 reports the 信息处理费 (even "未收取").</item>
/// </list>
/// </summary>
internal static partial class TextConsistencyRules
{
    private const int Total = ReportTemplate.TotalColumn;

    private sealed record Target(string Name, string[] Keys, string Location);

    private static readonly Target Received = new("本年新收申请", ["R1"], "三/R1/总计");
    private static readonly Target CarriedIn = new("上年结转申请", ["R2"], "三/R2/总计");
    private static readonly Target Handled = new("办理结果总计", ["S7"], "三/S7/总计");
    private static readonly Target CarriedOut = new("结转下年度继续办理", ["R4"], "三/R4/总计");
    private static readonly Target OtherHandling2019 = new("（六）其他处理", ["O"], "三/O/总计");
    private static readonly Target OtherHandling2021 = new("（六）其他处理", ["O1", "O2", "O3"], "三/O1-O3/总计");

    /// <summary>
    /// In the order they mask each other. <see cref="HandledPattern"/> counts only in a sentence about applications;
    /// a null target is （六）其他处理, whose rows depend on the edition. <c>Word</c> is text every match contains: most
    /// sentences lack it, and looking for it is much cheaper than running the pattern.
    /// </summary>
    private static readonly (Regex Pattern, string? Word, Target? Target)[] ApplicationPatterns =
    [
        (ReceivedPattern(), "申请", Received),
        (HandledPattern(), null, Handled),
        (CarriedInPattern(), "结转", CarriedIn),
        (CarriedOutPattern(), "下", CarriedOut),
        (CarriedOutLeadPattern(), "下", CarriedOut),
        (DisclosedPattern(), "部分公开", new Target("（一）予以公开 +（二）部分公开", ["G1", "G2"], "三/G1+G2/总计")),
        (WithheldPattern(), "不予公开", new Target("（三）不予公开", [.. Enumerable.Range(1, 8).Select(i => $"D{i}")], "三/D1-D8/总计")),
        (UnavailablePattern(), "无法提供", new Target("（四）无法提供", ["U1", "U2", "U3"], "三/U1-U3/总计")),
        (NotProcessedPattern(), "不予处理", new Target("（五）不予处理", ["N1", "N2", "N3", "N4", "N5"], "三/N1-N5/总计")),
        (OtherHandlingPattern(), "其他处理", null),
        (OpenPattern(), "予以公开", new Target("（一）予以公开", ["G1"], "三/G1/总计")),
        (PartlyOpenPattern(), "部分公开", new Target("（二）部分公开", ["G2"], "三/G2/总计")),
    ];

    public static IReadOnlyList<Finding> Check(AnnualReport report, ReportProse prose)
    {
        // The sentence checks add to one list: as iterators, each cost an object per sentence, and most sentences have no finding.
        var findings = new List<Finding>();
        var s = report.Sections;
        var texts = new[] { ("一", s.Overview), ("二", s.Proactive.Text), ("三", s.Requests.Text), ("四", s.Appeals.Text), ("五", s.Problems), ("六", s.Other) };
        foreach (var (section, text) in texts)
        {
            foreach (var sentence in prose.Sentences(text))
            {
                if (section is "一" or "三")
                {
                    Applications(report, section, sentence, findings);
                }
                if (section is "一" or "四")
                {
                    Appeals(report, section, sentence, findings);
                }
                Percentages(report, section, sentence, findings);
            }
        }
        if (report.Year >= 2021 && !ReportsProcessingFee(s.Other))
        {
            findings.Add(new Finding("X-FEE6", Severity.Warning,
                "第六部分未报告信息处理费收取情况：2021年起应在此说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（未收取也应写明）。", "六"));
        }
        return findings;
    }

    /// <summary>Whether section 六 says anything about fees: "信息处理费", "未收取任何费用", "收费通知" all count.</summary>
    public static bool ReportsProcessingFee(string other) => FeeWord().IsMatch(other);

    /// <summary>The 总计 of rows: a blank 总计 cell is replaced by the sum of the applicant columns; null when every cell is blank.</summary>
    private static long? TableTotal(RequestsSection table, IEnumerable<string> keys)
    {
        long sum = 0;
        var known = false;
        foreach (var key in keys)
        {
            if (table.Cell(key, Total) is { } total)
            {
                sum = SumIdentity.Total([sum, total]);
                known = true;
                continue;
            }
            var parties = Enumerable.Range(0, Total).Select(c => table.Cell(key, c)).ToList();
            known |= parties.Any(v => v is not null);
            sum = SumIdentity.Total([sum, SumIdentity.Total(parties)]);
        }
        return known ? sum : null;
    }

    /// <summary>The counts of applications a sentence with a 件 in it states, and the table rows they are about.</summary>
    private static IEnumerable<(Target Target, Match Match)> ApplicationFigures(AnnualReport report, string sentence)
    {
        var other = report.Sections.Requests.Rows.ContainsKey("O") ? OtherHandling2019 : OtherHandling2021;
        var handledCounts = sentence.Contains("申请", StringComparison.Ordinal) && !NotApplications().IsMatch(sentence);
        // Masks what a pattern has consumed so "予以公开及部分公开258件" is not read again as "部分公开258件".
        char[]? masked = null;
        var text = sentence;
        foreach (var (pattern, word, target) in ApplicationPatterns)
        {
            if ((pattern == HandledPattern() && !handledCounts) || (word is not null && !text.Contains(word, StringComparison.Ordinal)))
            {
                continue;
            }
            var match = pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }
            masked ??= sentence.ToCharArray();
            for (; match.Success; match = match.NextMatch())
            {
                Array.Fill(masked, '□', match.Index, match.Length);
                yield return (target ?? other, match);
            }
            text = new string(masked);
        }
    }

    private static void Applications(AnnualReport report, string section, string sentence, List<Finding> findings)
    {
        // Every pattern ends in a count of 件; most sentences have none, and this runs on every sentence of 一 and 三.
        if (!sentence.Contains('件'))
        {
            return;
        }
        foreach (var (target, match) in ApplicationFigures(report, sentence))
        {
            // A figure beyond long (a typo of many digits) cannot equal any table total.
            var readable = long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated);
            if (TableTotal(report.Sections.Requests, target.Keys) is { } table && (!readable || table != stated))
            {
                findings.Add(new Finding("X-APPS", Severity.Warning,
                    $"第{section}部分文字称“{Quote(sentence, match)}”，但第三部分表格“{target.Name}”总计为 {table}。", target.Location));
            }
        }
    }

    private static void Appeals(AnnualReport report, string section, string sentence, List<Finding> findings)
    {
        var appeals = report.Sections.Appeals;
        long Value(AppealGroup group, AppealOutcome outcome) => appeals.Cell(group, outcome) ?? 0;
        if (appeals.Values.Count == 0 || !(sentence.Contains("复议", StringComparison.Ordinal) || sentence.Contains("诉讼", StringComparison.Ordinal) || sentence.Contains("维持", StringComparison.Ordinal)))
        {
            return;
        }

        var review = ReviewPattern().Match(sentence);
        var litigation = LitigationPattern().Match(sentence);
        AppealGroup[] reconsideration = [AppealGroup.Reconsideration];
        AppealGroup[] litigations = [AppealGroup.DirectLitigation, AppealGroup.LitigationAfterReconsideration];
        foreach (var (match, name, groups) in new[] { (review, "行政复议", reconsideration), (litigation, "行政诉讼", litigations) })
        {
            if (!match.Success || match.Groups["gap"].Value.Contains('诉'))
            {
                continue;
            }
            var readable = long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated);
            var table = SumIdentity.Total(groups.Select(g => (long?)Value(g, AppealOutcome.Total)));
            if (!readable || stated != table)
            {
                findings.Add(new Finding("X-REVLIT", Severity.Warning,
                    $"第{section}部分文字称“{Quote(sentence, match)}”，但第四部分表格{name}总计为 {table}。", $"四/{name}/总计"));
            }
            var next = NextAppealMention().Match(sentence, match.Index + match.Length);
            var split = sentence[(match.Index + match.Length)..(next.Success ? next.Index : sentence.Length)];
            foreach (Match part in AppealSplit().Matches(split))
            {
                var outcome = part.Groups["o"].Value switch
                {
                    "维持" => AppealOutcome.Upheld,
                    "纠正" => AppealOutcome.Corrected,
                    "其他结果" => AppealOutcome.Other,
                    _ => AppealOutcome.Pending,
                };
                var partReadable = long.TryParse(part.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var partStated);
                var partTable = SumIdentity.Total(groups.Select(g => (long?)Value(g, outcome)));
                if (!partReadable || partStated != partTable)
                {
                    findings.Add(new Finding("X-REVLIT", Severity.Warning,
                        $"第{section}部分文字称{name}“{part.Value}”，但第四部分表格{name}“{ReportTemplate.AppealOutcomes[(int)outcome]}”为 {partTable}。",
                        $"四/{name}/{ReportTemplate.AppealOutcomes[(int)outcome]}"));
                }
            }
        }

        var allUpheld = AllUpheld().Match(sentence);
        if (allUpheld.Success)
        {
            var mentionsReview = sentence.Contains("复议", StringComparison.Ordinal);
            var mentionsLitigation = sentence.Contains("诉讼", StringComparison.Ordinal) || sentence.Contains("起诉", StringComparison.Ordinal);
            foreach (var g in Enum.GetValues<AppealGroup>())
            {
                var mentioned = (!mentionsReview && !mentionsLitigation) || (g == AppealGroup.Reconsideration ? mentionsReview : mentionsLitigation);
                var (corrected, other, pending) = (Value(g, AppealOutcome.Corrected), Value(g, AppealOutcome.Other), Value(g, AppealOutcome.Pending));
                if (mentioned && corrected + other + pending > 0)
                {
                    var group = ReportTemplate.AppealGroups[(int)g];
                    findings.Add(new Finding("X-REVLIT", Severity.Warning,
                        $"第{section}部分文字称“{allUpheld.Value}”，但第四部分“{group}”有结果纠正 {corrected}、其他结果 {other}、尚未审结 {pending}。",
                        $"四/{group}/结果维持"));
                }
            }
        }
    }

    private static void Percentages(AnnualReport report, string section, string sentence, List<Finding> findings)
    {
        if (!sentence.Contains('%'))
        {
            return;
        }
        var figures = TextFigures.Extract(sentence);
        for (var i = 0; i < figures.Count; i++)
        {
            var percentage = figures[i];
            if (!percentage.IsPercentage || i == 0 || !figures[i - 1].IsCount)
            {
                continue;
            }
            var numerator = figures[i - 1];
            var between = sentence[numerator.End..percentage.Index];
            if (between.Length > 15 || !ShareWord().IsMatch(between) || ChangeWord().IsMatch(between))
            {
                continue;
            }
            var denominators = figures.Take(i - 1)
                .Where(f => f.IsCount && f.Unit == numerator.Unit && f.Value >= numerator.Value && f.Value > 0)
                .Select(f => f.Value)
                .ToList();
            var clauseStart = i >= 2 ? figures[i - 2].End : 0;
            if (denominators.Count == 0 && section is "一" or "三" && OutcomeWord().IsMatch(sentence[clauseStart..numerator.Index]))
            {
                var table = report.Sections.Requests;
                denominators = new[] { TableTotal(table, ["S7"]), TableTotal(table, ["R1"]), TableTotal(table, ["R1", "R2"]) }
                    .OfType<long>().Where(d => d > 0 && d >= numerator.Value).Select(d => (decimal)d).ToList();
            }
            if (denominators.Count == 0 || denominators.Any(d => Agrees(numerator.Value, d, percentage)))
            {
                continue;
            }
            var exact = numerator.Value * 100m / denominators[0];
            findings.Add(new Finding("X-PCT", Severity.Warning,
                $"第{section}部分“{sentence[clauseStart..percentage.End].TrimStart(',')}”：" +
                $"{numerator.Value} ÷ {denominators[0]} = {exact.ToString("0.####", CultureInfo.InvariantCulture)}%，" +
                $"与所写 {Written(percentage)}% 不符（按{percentage.Decimals}位小数四舍五入或截断均不相符）。",
                $"{section}/{Written(percentage)}%"));
        }
    }

    /// <summary>Reports round or truncate at the printed precision; both are accepted.</summary>
    private static bool Agrees(decimal numerator, decimal denominator, TextFigure percentage)
    {
        var exact = numerator * 100m / denominator;
        return Math.Round(exact, percentage.Decimals, MidpointRounding.AwayFromZero) == percentage.Value
            || Math.Round(exact, percentage.Decimals, MidpointRounding.ToZero) == percentage.Value;
    }

    private static string Written(TextFigure figure) => figure.Value.ToString("F" + figure.Decimals, CultureInfo.InvariantCulture);

    private static string Quote(string sentence, Match match)
    {
        var start = Math.Max(0, match.Index - 6);
        return (start > 0 ? "…" : "") + sentence[start..(match.Index + match.Length)];
    }

    // [0-9] rather than \d throughout: \d also matches the digits of other scripts (٣, ३), which long.Parse rejects.
    private const string Gap = @"[^,;。0-9]";

    [GeneratedRegex($@"(?:收到|受理|新收|接收|收悉){Gap}{{0,15}}?申请{Gap}{{0,4}}?(?<n>[0-9]+)件")]
    private static partial Regex ReceivedPattern();

    [GeneratedRegex($@"(?:答复|办结|办理完毕|处理完毕){Gap}{{0,15}}?(?<n>[0-9]+)件")]
    private static partial Regex HandledPattern();

    [GeneratedRegex("工单|热线|信访件|来信|咨询")]
    private static partial Regex NotApplications();

    [GeneratedRegex($@"上一?年度?结转{Gap}{{0,10}}?(?<n>[0-9]+)件")]
    private static partial Regex CarriedInPattern();

    [GeneratedRegex($@"(?<n>[0-9]+)件{Gap}{{0,15}}?(?:顺延|结转|转入)(?:到|至)?下一?年度?")]
    private static partial Regex CarriedOutPattern();

    [GeneratedRegex($@"(?:结转|顺延|转入)(?:到|至)?下一?年度?{Gap}{{0,8}}?(?<n>[0-9]+)件")]
    private static partial Regex CarriedOutLeadPattern();

    [GeneratedRegex($@"予以公开(?:和|及|与|、|以及)部分公开{Gap}{{0,6}}?(?<n>[0-9]+)件")]
    private static partial Regex DisclosedPattern();

    [GeneratedRegex($@"予以公开{Gap}{{0,6}}?(?<n>[0-9]+)件")]
    private static partial Regex OpenPattern();

    [GeneratedRegex($@"部分公开{Gap}{{0,6}}?(?<n>[0-9]+)件")]
    private static partial Regex PartlyOpenPattern();

    [GeneratedRegex($@"不予公开{Gap}{{0,6}}?(?<n>[0-9]+)件")]
    private static partial Regex WithheldPattern();

    [GeneratedRegex($@"无法提供{Gap}{{0,6}}?(?<n>[0-9]+)件")]
    private static partial Regex UnavailablePattern();

    [GeneratedRegex($@"不予处理{Gap}{{0,6}}?(?<n>[0-9]+)件")]
    private static partial Regex NotProcessedPattern();

    [GeneratedRegex($@"其他处理{Gap}{{0,6}}?(?<n>[0-9]+)件")]
    private static partial Regex OtherHandlingPattern();

    [GeneratedRegex(@"行政复议(?<gap>[^,;。0-9、]{0,8}?)(?<n>[0-9]+)(?:件|起|宗)")]
    private static partial Regex ReviewPattern();

    [GeneratedRegex(@"诉讼(?<gap>[^,;。0-9、]{0,8}?)(?<n>[0-9]+)(?:件|起|宗)")]
    private static partial Regex LitigationPattern();

    [GeneratedRegex("复议|诉讼")]
    private static partial Regex NextAppealMention();

    [GeneratedRegex(@"(?:结果)?(?<o>维持|纠正|其他结果|尚未审结|未审结)[^,;。0-9]{0,3}?(?<n>[0-9]+)件")]
    private static partial Regex AppealSplit();

    [GeneratedRegex("(?:均|全部|都)(?:获|被|予|已|为)?(?:结果)?维持")]
    private static partial Regex AllUpheld();

    [GeneratedRegex("处理费|收费|费用")]
    private static partial Regex FeeWord();

    [GeneratedRegex("占|率|比例|比重")]
    private static partial Regex ShareWord();

    [GeneratedRegex("增|降|减|同比|环比|较|回落|提高|提升|上升|下滑")]
    private static partial Regex ChangeWord();

    [GeneratedRegex("予以公开|部分公开|不予公开|无法提供|不予处理|其他处理")]
    private static partial Regex OutcomeWord();
}
