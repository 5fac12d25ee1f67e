using System.Globalization;
using System.Net.Mail;
using System.Text;
using Workflow.Functions.Lifecycle;
using Workflow.Reports.Model;

namespace Workflow.Functions.Agencies;

/// <summary>Body of PUT /api/admin/agencies/{id}.</summary>
public sealed record AgencyRegistration(
    string? Name,
    string? Kind,
    IReadOnlyList<string>? Submitters,
    IReadOnlyList<StageRegistration>? ReviewStages,
    IReadOnlyList<string>? Escalation,
    string? Parent = null,
    string? ReportCovers = null,
    IReadOnlyList<string>? Admins = null)
{
    private const int MaxStages = 10;
    private const int MaxAddresses = 50;

    /// <summary>The profile this registration describes, or a Chinese message saying what is wrong.</summary>
    public (AgencyProfile? Profile, string? Error) ToProfile(string agencyId)
    {
        if (UnsafeField() is { } unsafeField)
        {
            return (null, $"{unsafeField.Path} 含有控制字符或无效字符（{unsafeField.Character}），请删除后再提交。");
        }

        if (NonAsciiLocalPart() is { } idn)
        {
            return (null, $"{idn} 的电子邮件地址“@”前的部分只能使用英文字母、数字和符号（邮件系统无法投递中文用户名）；域名可以是中文。");
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            return (null, "name 必填，且不超过 200 字。");
        }

        AgencyKind? kind = Kind switch
        {
            "department" => AgencyKind.Department,
            "government" => AgencyKind.Government,
            _ => null,
        };
        if (kind is null)
        {
            return (null, "kind 必须是 department 或 government。");
        }

        if (!AreAddresses(Submitters, atLeastOne: true))
        {
            return (null, "submitters 须为至少一个有效的电子邮件地址。");
        }

        if (ReviewStages?.Select((s, i) => (s, i)).FirstOrDefault(p => p.s?.Error is not null) is ({ } invalid, var index))
        {
            return (null, $"reviewStages[{index}]：{invalid.Error}");
        }

        if (ReviewStages is not { Count: > 0 and <= MaxStages } || !ReviewStages.All(s => s is not null && AreAddresses(s.Reviewers, atLeastOne: true)))
        {
            return (null, $"reviewStages 须为 1 至 {MaxStages} 级审核，每级至少一个有效的电子邮件地址。");
        }

        if (ReviewStages.Select((s, i) => (s, i)).Where(p => !AreAddresses(p.s.Cc, atLeastOne: false)).Select(p => (int?)p.i).FirstOrDefault() is { } ccIndex)
        {
            return (null, $"reviewStages[{ccIndex}].cc 中的电子邮件地址无效。");
        }

        var submitters = Normalise(Submitters!);
        var stages = ReviewStages.Select(s => new ReviewStage(Normalise(s.Reviewers!), s.Rule, Normalise(s.Cc))).ToList();
        foreach (var (stage, i) in stages.Select((s, i) => (s, i)))
        {
            if (stage.Rule.Kind == StageRuleKind.Min && stage.Rule.Min > stage.Reviewers.Count)
            {
                return (null, $"reviewStages[{i}].rule 要求 {stage.Rule.Min} 位批准，但该级只有 {stage.Reviewers.Count} 位审核人。");
            }

            if (ReviewPolicy.Unpassable(stage, submitters, i) is { } unpassable)
            {
                return (null, $"reviewStages[{i}]：{unpassable}");
            }
        }

        if (!AreAddresses(Escalation ?? [], atLeastOne: false))
        {
            return (null, "escalation 中的电子邮件地址无效。");
        }

        if (Parent is not null && (!Agency.IsValidId(Parent) || Parent == agencyId))
        {
            return (null, "parent 须为上级人民政府的机关标识（2 至 64 个小写字母、数字或连字符），且不能是本单位。");
        }

        if (ReportCovers is not (null or "self" or "region") || (ReportCovers == "region" && kind != AgencyKind.Government))
        {
            return (null, "reportCovers 须为 self 或 region，且只有人民政府（kind 为 government）的报告可以覆盖本行政区域。");
        }

        if (!AreAddresses(Admins ?? [], atLeastOne: false))
        {
            return (null, "admins 中的电子邮件地址无效。");
        }

        return (new AgencyProfile(
            agencyId,
            Name.Trim(),
            kind.Value,
            submitters,
            [.. stages.Select(s => s.Reviewers)],
            Normalise(Escalation ?? []))
        {
            Terms = [.. stages.Select(s => new StageTerms(s.Rule, s.Cc))],
            Parent = Parent,
            CoversRegion = ReportCovers == "region",
            Admins = Normalise(Admins ?? []),
        }, null);
    }

    /// <summary>The JSON path of the first field that carries a character no text may (<see cref="SafeText"/>), and that character.</summary>
    private (string Path, string Character)? UnsafeField()
    {
        foreach (var (path, value) in Fields())
        {
            if (!SafeText.IsClean(value))
            {
                return (path, SafeText.DescribeFirstUnsafe(value!));
            }
        }

        return null;
    }

    private string? NonAsciiLocalPart() =>
        Fields().Where(f => f.Path is not ("name" or "kind" or "parent" or "reportCovers"))
            .FirstOrDefault(f => f.Value is { } a && a.Contains('@') && !Ascii.IsValid(a.Trim().AsSpan(0, a.Trim().LastIndexOf('@')))).Path;

    private IEnumerable<(string Path, string? Value)> Fields()
    {
        yield return ("name", Name);
        yield return ("kind", Kind);
        yield return ("parent", Parent);
        yield return ("reportCovers", ReportCovers);
        foreach (var (a, i) in (Submitters ?? []).Select((a, i) => (a, i)))
        {
            yield return ($"submitters[{i}]", a);
        }

        foreach (var (stage, i) in (ReviewStages ?? []).Select((s, i) => (s, i)))
        {
            foreach (var (a, j) in (stage?.Reviewers ?? []).Select((a, j) => (a, j)))
            {
                yield return ($"reviewStages[{i}][{j}]", a);
            }

            foreach (var (a, j) in (stage?.Cc ?? []).Select((a, j) => (a, j)))
            {
                yield return ($"reviewStages[{i}].cc[{j}]", a);
            }
        }

        foreach (var (a, i) in (Escalation ?? []).Select((a, i) => (a, i)))
        {
            yield return ($"escalation[{i}]", a);
        }

        foreach (var (a, i) in (Admins ?? []).Select((a, i) => (a, i)))
        {
            yield return ($"admins[{i}]", a);
        }
    }

    private static bool AreAddresses(IReadOnlyList<string>? addresses, bool atLeastOne) =>
        addresses is not null
        && (!atLeastOne || addresses.Count > 0)
        && addresses.Count <= MaxAddresses
        && addresses.All(IsAddress);

    /// <summary>A bare address (no display name, no line breaks that could inject headers).</summary>
    private static bool IsAddress(string? address) =>
        address is { Length: > 0 and <= 254 }
        && !address.Any(char.IsControl)
        && MailAddress.TryCreate(address.Trim(), out var parsed)
        && parsed.Address == address.Trim()
        && parsed.DisplayName.Length == 0
        && HasMappableDomain(address.Trim());

    private static bool HasMappableDomain(string address)
    {
        try
        {
            _ = AsciiDomain(address);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Trimmed, lower case, the domain in ASCII (an IDN domain as punycode: 例子.中国 → xn--fsqu00a.xn--fiqs8s).</summary>
    private static IReadOnlyList<string> Normalise(IReadOnlyList<string> addresses) =>
        [.. addresses.Select(a => AsciiDomain(a.Trim().ToLowerInvariant())).Distinct()];

    private static string AsciiDomain(string address)
    {
        var at = address.LastIndexOf('@');
        var domain = address[(at + 1)..];
        return Ascii.IsValid(domain) ? address : address[..(at + 1)] + new IdnMapping().GetAscii(domain).ToLowerInvariant();
    }
}
