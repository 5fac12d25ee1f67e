using System.Globalization;
using System.Text;
using System.Text.Json;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Reading.Renderings;

/// <summary>
/// Issue 11, point 7: every rendering of every real report we have (made with real tools by
/// tools/renderings/make.sh) reads every cell of tables 二, 三 and 四 exactly (those listed in not-exact.json, with the
/// reason: never a wrong value, and every cell not read named), and a correct report gets no error finding in any rendering. The expected cells are written once per report in Fixtures/Renderings/expected/*.json,
/// by hand from the source; the constructed variants of Fixtures/Renderings/variants/ name theirs in variants.json.
/// </summary>
public class RenderingCorpusTests
{
    private const string Root = "Fixtures/Renderings";

    private static readonly string[] Extensions = [".txt", ".md", ".html", ".docx", ".pdf"];

    public static TheoryData<string> Renderings()
    {
        var data = new TheoryData<string>();
        foreach (var rendering in Files())
        {
            data.Add(rendering);
        }
        return data;
    }

    /// <summary>Every rendering's path below <see cref="Root"/>.</summary>
    private static List<string> Files()
    {
        var data = new List<string>();
        var root = Path.Combine(AppContext.BaseDirectory, Root);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("expected/", StringComparison.Ordinal)
                || Path.GetFileName(relative).Equals("README.md", StringComparison.OrdinalIgnoreCase)
                || !Extensions.Contains(Path.GetExtension(relative).ToLowerInvariant()))
            {
                continue;
            }
            data.Add(relative);
        }
        return data;
    }

    /// <summary>
    /// The renderings read exactly: every one but those not-exact.json names, with the reason: their text has lost what
    /// no reader can put back (a blank cell that is only spaces between single-spaced numbers), or the reader cannot
    /// yet place what they keep (a column no number fills, located by its header alone). Every rendering, those
    /// included, is held to never reading a wrong value and to naming every cell it could not read.
    /// </summary>
    public static TheoryData<string> FaithfulRenderings()
    {
        var data = new TheoryData<string>();
        foreach (var rendering in Files().Where(r => !NotExact.ContainsKey(r)))
        {
            data.Add(rendering);
        }
        return data;
    }

    private static readonly Dictionary<string, string> NotExact = LoadNotExact();

    private static Dictionary<string, string> LoadNotExact()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, Root, "not-exact.json")));
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    [Fact]
    public void Every_rendering_not_read_exactly_exists_and_says_why()
    {
        var all = Files().ToHashSet();
        Assert.All(NotExact, entry =>
        {
            Assert.Contains(entry.Key, all);
            Assert.False(string.IsNullOrWhiteSpace(entry.Value));
        });
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Rendering_never_reads_a_wrong_value_and_names_every_cell_it_could_not_read(string rendering)
    {
        var expected = ExpectedFor(rendering);
        var reading = Read(rendering, out var failure);
        Assert.True(reading is not null, $"{rendering}: {failure}");

        var problems = new List<string>();
        bool Doubted(string location) => reading.Inferred.Any(c =>
            c.Location == location || location.StartsWith(c.Location + "/", StringComparison.Ordinal));
        var rows = reading.Report.Sections.Requests.Rows;
        foreach (var (key, values) in expected.Requests)
        {
            rows.TryGetValue(key, out var read);
            for (var i = 0; i < values.Length; i++)
            {
                var got = read is not null && i < read.Count ? read[i] : null;
                var location = $"三/{key}/{ReportTemplate.RequestColumns[i]}";
                if (got is not null && got != values[i])
                {
                    problems.Add($"{location}: expected {Show(values[i])}, read {Show(got)}");
                }
                else if (got is null && values[i] is not null && !Doubted(location))
                {
                    problems.Add($"{location}: expected {Show(values[i])}, left blank without saying so");
                }
            }
        }
        var appeals = reading.Report.Sections.Appeals.Values;
        for (var i = 0; i < expected.Appeals.Length; i++)
        {
            long? got = i < appeals.Count ? appeals[i] : null;
            var location = $"四/{ReportTemplate.AppealColumn(i)}";
            if (got is not null && got != expected.Appeals[i])
            {
                problems.Add($"{location}: expected {Show(expected.Appeals[i])}, read {Show(got)}");
            }
            else if (got is null && expected.Appeals[i] is not null && !Doubted(location))
            {
                problems.Add($"{location}: expected {Show(expected.Appeals[i])}, left blank without saying so");
            }
        }
        foreach (var e in expected.Proactive)
        {
            if (reading.Report.Sections.Proactive.Find(e.Clause, e.Row, e.Column) is { Value: { } value } && value != e.Value)
            {
                problems.Add($"二/{e.Clause}/{e.Row}/{e.Column}: expected {Show(e.Value)}, read {Show(value)}");
            }
        }

        Assert.True(problems.Count == 0, $"{rendering}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Theory]
    [MemberData(nameof(FaithfulRenderings))]
    public void Rendering_reads_every_cell_of_tables_two_three_and_four(string rendering)
    {
        var expected = ExpectedFor(rendering);
        var reading = Read(rendering, out var failure);
        Assert.True(reading is not null, $"{rendering}: {failure}");

        var mismatches = Compare(expected, reading.Report);

        var cells = mismatches.Count(m => m.Contains('/', StringComparison.Ordinal) && !m.StartsWith("title:", StringComparison.Ordinal));
        Assert.True(
            mismatches.Count == 0,
            $"{rendering}: {cells} of {expected.CellCount} cells differ, and {mismatches.Count - cells} of year/title/edition{Environment.NewLine}{string.Join(Environment.NewLine, mismatches)}");
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Rendering_of_a_correct_report_has_no_error_finding(string rendering)
    {
        var expected = ExpectedFor(rendering);
        var reading = Read(rendering, out var failure);
        Assert.True(reading is not null, $"{rendering}: {failure}");

        var errors = new ReportValidator().Validate(reading)
            .Where(f => f.Severity == Severity.Error && !expected.KnownErrors.Contains(f.RuleId))
            .Select(f => $"{f.RuleId} at {f.Location}: {f.Message}")
            .ToList();

        Assert.True(errors.Count == 0, $"{rendering}: {errors.Count} error findings{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    /// <summary>The file's media type as an upload would declare it.</summary>
    public static string MediaTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pdf" => "application/pdf",
        _ => "text/plain",
    };

    private static ReportReading? Read(string rendering, out string failure)
    {
        failure = "";
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, Root, rendering));
        try
        {
            return new ReportReaders().Read(bytes, MediaTypeOf(rendering), new ReadOptions());
        }
        catch (Exception e)
        {
            failure = $"not read: {e.GetType().Name}: {e.Message}";
            return null;
        }
    }

    // ---- expected cells ----

    internal sealed record ExpectedCell(string Clause, string Row, string Column, decimal Value);

    internal sealed record Expected(
        string? Title,
        int Year,
        string? Edition,
        IReadOnlyList<ExpectedCell> Proactive,
        IReadOnlyList<(string Key, long?[] Values)> Requests,
        long?[] Appeals,
        IReadOnlySet<string> KnownErrors)
    {
        public int CellCount => Proactive.Count + Requests.Sum(r => r.Values.Length) + Appeals.Length;
    }

    private static readonly Dictionary<string, string> VariantManifest = LoadManifest();

    private static Dictionary<string, string> LoadManifest()
    {
        var path = Path.Combine(AppContext.BaseDirectory, Root, "variants", "variants.json");
        if (!File.Exists(path))
        {
            return [];
        }
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("expected").GetString()!);
    }

    /// <summary>expected/&lt;report&gt;.json for a report folder; for a variant, the file variants.json names.</summary>
    internal static Expected ExpectedFor(string rendering)
    {
        var folder = rendering.Split('/')[0];
        string name;
        if (folder == "variants")
        {
            var file = rendering["variants/".Length..];
            Assert.True(VariantManifest.TryGetValue(file, out var n), $"variants/variants.json names no expected reading for {file}");
            name = n!;
        }
        else
        {
            name = $"expected/{folder}.json";
        }
        return Load(Path.Combine(AppContext.BaseDirectory, Root, name));
    }

    private static Expected Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        static long? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();
        var proactive = root.GetProperty("proactive").EnumerateArray()
            .Select(c => new ExpectedCell(
                c.GetProperty("clause").GetString()!,
                c.GetProperty("row").GetString()!,
                c.GetProperty("column").GetString()!,
                c.GetProperty("value").GetDecimal()))
            .ToList();
        var requests = root.GetProperty("requests").EnumerateObject()
            .Select(p => (p.Name, p.Value.EnumerateArray().Select(Number).ToArray()))
            .ToList();
        var appeals = root.GetProperty("appeals").EnumerateArray().Select(Number).ToArray();
        var known = root.TryGetProperty("knownErrors", out var k)
            ? k.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        return new Expected(
            root.TryGetProperty("title", out var t) ? t.GetString() : null,
            root.GetProperty("year").GetInt32(),
            root.TryGetProperty("edition", out var ed) ? ed.GetString() : null,
            proactive,
            requests,
            appeals,
            known);
    }

    // ---- comparison ----

    private static string Show(decimal? v) => v is null ? "null" : v.Value.ToString(CultureInfo.InvariantCulture);

    private static string Show(long? v) => v is null ? "null" : v.Value.ToString(CultureInfo.InvariantCulture);

    private static string Bare(string? s) => string.Concat((s ?? "").Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Every cell that differs, as "三/R1/总计: expected 3119, read null"; also year, title and edition.</summary>
    internal static List<string> Compare(Expected expected, AnnualReport report)
    {
        var mismatches = new List<string>();
        if (report.Year != expected.Year)
        {
            mismatches.Add($"year: expected {expected.Year}, read {report.Year}");
        }
        if (expected.Title is not null && Bare(report.Title) != Bare(expected.Title))
        {
            mismatches.Add($"title: expected {expected.Title}, read {report.Title}");
        }
        var edition = report.Edition switch { Edition.Format2019 => "2019", Edition.Format2021 => "2021", _ => "mixed" };
        if (expected.Edition is not null && expected.Requests.Count > 0 && edition != expected.Edition)
        {
            mismatches.Add($"edition: expected {expected.Edition}, read {edition}");
        }

        var cells = report.Sections.Proactive.Cells;
        foreach (var e in expected.Proactive)
        {
            var read = report.Sections.Proactive.Find(e.Clause, e.Row, e.Column);
            if (read?.Value != e.Value)
            {
                mismatches.Add($"二/{e.Clause}/{e.Row}/{e.Column}: expected {Show(e.Value)}, read {(read is null ? "no cell" : Show(read.Value))}");
            }
        }
        foreach (var c in cells.Where(c => c.Value is not null && !expected.Proactive.Any(e => e.Clause == c.Clause && e.Row == c.Row && e.Column == c.Column)))
        {
            mismatches.Add($"二/{c.Clause}/{c.Row}/{c.Column}: expected no cell, read {Show(c.Value)}");
        }

        var rows = report.Sections.Requests.Rows;
        foreach (var (key, values) in expected.Requests)
        {
            rows.TryGetValue(key, out var read);
            for (var i = 0; i < values.Length; i++)
            {
                var got = read is not null && i < read.Count ? read[i] : null;
                if (got != values[i])
                {
                    mismatches.Add($"三/{key}/{ReportTemplate.RequestColumns[i]}: expected {Show(values[i])}, read {(read is null ? "no row" : Show(got))}");
                }
            }
        }
        foreach (var (key, read) in rows.Where(r => !expected.Requests.Any(e => e.Key == r.Key) && r.Value.Any(v => v is not null)))
        {
            mismatches.Add($"三/{key}: expected no row, read [{string.Join(", ", read.Select(Show))}]");
        }

        var appeals = report.Sections.Appeals.Values;
        for (var i = 0; i < Math.Max(expected.Appeals.Length, appeals.Count); i++)
        {
            long? want = i < expected.Appeals.Length ? expected.Appeals[i] : null;
            long? got = i < appeals.Count ? appeals[i] : null;
            if (want != got)
            {
                var where = i < 15 ? ReportTemplate.AppealColumn(i) : $"#{i + 1}";
                mismatches.Add($"四/{where}: expected {Show(want)}, read {Show(got)}");
            }
        }
        return mismatches;
    }
}
