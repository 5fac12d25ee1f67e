using System.Globalization;
using CsCheck;
using Workflow.Reports.Model;

namespace Workflow.Reports.Tests.Support;

/// <summary>
/// Arithmetically consistent 2021-format reports: T3-BAL, T3-S7, T3-ROW and the three T4 identities hold,
/// every section has valid text, the preamble states the 统计期限, the title follows the template, the report is
/// published in January of the following year, section 六 reports the 信息处理费, and every figure the text quotes
/// matches the tables. The validator must find no error in any of them.
/// </summary>
public static class ConsistentReports
{
    /// <summary>County and district agencies have no power to make 规章 (T2-POWER): their 规章 row is zero.</summary>
    private static readonly (string Name, AgencyKind Kind, bool MakesRules)[] Agencies =
    [
        ("怀仁市行政审批服务管理局", AgencyKind.Department, true),
        ("淮安市人民政府", AgencyKind.Government, true),
        ("某县教育局", AgencyKind.Department, false),
        ("某市生态环境局", AgencyKind.Department, true),
        ("某区人民政府", AgencyKind.Government, false),
        ("某县自然资源和规划局", AgencyKind.Department, false),
    ];

    private static readonly string[] Problems =
    [
        "一是政策解读形式较为单一，解读的实效性需要进一步加强；二是政务公开队伍建设有待加强。下一步，将加强业务培训，丰富解读形式，提升公开质量。",
        "主要问题是信息发布的及时性还不够，部分栏目更新较慢。改进措施：建立栏目更新台账，每月开展自查，发现问题及时整改。",
        "依申请公开答复的规范化水平有待提高。下一步将完善答复文书模板，加强法制审核，确保答复依法规范。",
    ];

    /// <summary>Outcome rows of table 三 (G1 … O3), in template order.</summary>
    private static readonly string[] OutcomeKeys =
        [.. ReportTemplate.OutcomeRows(ReportTemplate.RequestRows2021).Select(r => r.Key)];

    private const int Parties = 6;

    public static Gen<AnnualReport> Gen { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Int[0, 30].Array[OutcomeKeys.Length * Parties],
        CsCheck.Gen.Int[0, 40].Array[Parties],
        CsCheck.Gen.Int[0, 20].Array[Parties],
        CsCheck.Gen.Int[0, 25].Array[12],
        CsCheck.Gen.Int[0, 500].Array[9],
        CsCheck.Gen.Int[0, 10_000_000],
        CsCheck.Gen.Int[0, Agencies.Length - 1],
        CsCheck.Gen.Int[2021, 2030],
        CsCheck.Gen.Int[1, 31],
        CsCheck.Gen.Int[0, 5000],
        CsCheck.Gen.Int[0, Problems.Length - 1],
        (outcomes, carriedIn, carriedOut, appeals, proactive, feeCents, agency, year, day, processingFee, problems) =>
            Build(new ConsistentReportFigures(outcomes, carriedIn, carriedOut, appeals, proactive, feeCents, agency, year, day, processingFee, problems)));

    /// <summary>One fixed consistent report (淮安-like numbers, a department) for example-based tests.</summary>
    public static AnnualReport Example() => Build(new ConsistentReportFigures(
        Outcomes: [.. Enumerable.Range(0, OutcomeKeys.Length * Parties).Select(i => (i * 7 + 3) % 11)],
        CarriedIn: [5, 2, 0, 1, 0, 3],
        CarriedOut: [4, 1, 0, 0, 2, 1],
        Appeals: [6, 2, 1, 3, 4, 1, 0, 2, 1, 1, 1, 0],
        Proactive: [1, 0, 11, 8, 26, 66, 4472, 39, 8],
        FeeCents: 9617160,
        Agency: 0,
        Year: 2023,
        Day: 15,
        ProcessingFee: 300,
        Problems: 0));

    /// <summary>
    /// Builds the report. <paramref name="figures"/>.CarriedIn is reduced so that 本年新收 stays non-negative:
    /// 本年新收 = 办理结果总计 + 结转下年度 − 上年结转.
    /// </summary>
    public static AnnualReport Build(ConsistentReportFigures figures)
    {
        var (name, kind, makesRules) = Agencies[figures.Agency];
        var proactive = makesRules ? figures.Proactive : [0, 0, 0, .. figures.Proactive[3..]];
        var year = figures.Year;

        var rows = new Dictionary<string, IReadOnlyList<long?>>();
        var handled = new long[Parties];
        for (var r = 0; r < OutcomeKeys.Length; r++)
        {
            var cells = new long[Parties];
            for (var c = 0; c < Parties; c++)
            {
                cells[c] = figures.Outcomes[r * Parties + c];
                handled[c] += cells[c];
            }
            rows[OutcomeKeys[r]] = WithTotal(cells);
        }
        var carriedOut = figures.CarriedOut.Select(v => (long)v).ToArray();
        var carriedIn = new long[Parties];
        var received = new long[Parties];
        for (var c = 0; c < Parties; c++)
        {
            carriedIn[c] = figures.CarriedIn[c] % (handled[c] + carriedOut[c] + 1);
            received[c] = handled[c] + carriedOut[c] - carriedIn[c];
        }
        rows["R1"] = WithTotal(received);
        rows["R2"] = WithTotal(carriedIn);
        rows["S7"] = WithTotal(handled);
        rows["R4"] = WithTotal(carriedOut);

        var appeals = new List<long?>();
        for (var g = 0; g < 3; g++)
        {
            var parts = figures.Appeals.Skip(g * 4).Take(4).Select(v => (long)v).ToList();
            appeals.AddRange(parts.Select(v => (long?)v));
            appeals.Add(parts.Sum());
        }

        var requests = new RequestsSection("收到和处理政府信息公开申请情况见下表。", rows);
        var fee = figures.FeeCents / 100m;
        var report = new AnnualReport(
            new Agency($"agency-{figures.Agency + 1:00}", name, kind),
            year,
            $"{name}{year}年政府信息公开工作年度报告",
            new DateOnly(year + 1, 1, figures.Day),
            Edition.Format2021,
            new ReportSections(
                Preamble: $"本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据统计期限为{year}年1月1日至{year}年12月31日。如对本报告有疑问，请与{name}办公室联系。",
                Overview: Overview(name, year, rows, appeals, proactive),
                Proactive: new ProactiveSection("主动公开政府信息情况见下表。", ProactiveCells(proactive, fee)),
                Requests: requests,
                Appeals: new AppealsSection("政府信息公开行政复议、行政诉讼情况见下表。", appeals),
                Problems: Problems[figures.Problems],
                Other: (figures.ProcessingFee == 0
                    ? "本年度未收取信息处理费。"
                    : $"本年度依据《政府信息公开信息处理费管理办法》收取信息处理费{figures.ProcessingFee}元。")
                    + "认真落实上级年度政务公开工作要点，按时公开人大代表建议和政协提案办理结果，创新开展“政策简明问答”解读。"));
        return report;
    }

    private static IReadOnlyList<long?> WithTotal(long[] parties) => [.. parties.Select(v => (long?)v), parties.Sum()];

    private static string Overview(string name, int year, Dictionary<string, IReadOnlyList<long?>> rows, List<long?> appeals, int[] proactive)
    {
        long Total(string key) => rows[key][ReportTemplate.TotalColumn]!.Value;
        var text =
            $"{year}年，{name}认真贯彻落实《中华人民共和国政府信息公开条例》，不断提升政务公开质量。\n" +
            $"（一）主动公开情况。全年制发行政规范性文件{proactive[3]}件，均按规定主动公开并做好政策解读。\n" +
            $"（二）依申请公开情况。全年共受理政府信息公开申请{Total("R1")}件，答复{Total("S7")}件（含上年结转申请{Total("R2")}件，另有{Total("R4")}件结转下年度继续办理），均在法定期限内予以答复。";
        if (Total("S7") > 0)
        {
            var share = Math.Round(Total("G1") * 100m / Total("S7"), 1, MidpointRounding.AwayFromZero);
            text += $"其中予以公开{Total("G1")}件，占{share.ToString("0.0", CultureInfo.InvariantCulture)}%。";
        }
        text += "\n（三）政府信息管理情况。落实公开属性源头认定机制，动态更新主动公开目录。" +
            "\n（四）政府信息公开平台建设情况。优化政府网站政务公开专栏。" +
            $"\n（五）监督保障情况。将政务公开纳入年度绩效考核。全年发生政府信息公开行政复议{appeals[4]}件，行政诉讼{appeals[9] + appeals[14]}件。";
        return text;
    }

    private static IReadOnlyList<ProactiveCell> ProactiveCells(int[] counts, decimal fee)
    {
        var cells = new List<ProactiveCell>();
        var next = 0;
        foreach (var table in ReportTemplate.Proactive2021)
        {
            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns)
                {
                    decimal value = table.Unit is null ? counts[next++] : fee;
                    cells.Add(new ProactiveCell(table.Clause, row, column, value.ToString(CultureInfo.InvariantCulture), value, null));
                }
            }
        }
        return cells;
    }
}
