using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Submissions;

/// <summary>
/// The error rule IDs a bureau has checked and submits over (?acknowledge=T3-BAL,T4-REV or X-Acknowledge): an error
/// finding blocks a draft unless its rule ID is acknowledged. <see cref="Required"/> is every error rule ID of the
/// findings, in their order; <see cref="Acknowledged"/> those the request acknowledged; <see cref="Missing"/> the rest.
/// Acknowledging an ID that is not an error of this draft does nothing.
/// </summary>
public sealed partial record Acknowledgement(IReadOnlyList<string> Required, IReadOnlyList<string> Acknowledged, IReadOnlyList<string> Missing)
{
    public const string QueryName = "acknowledge";
    public const string HeaderName = "X-Acknowledge";

    /// <summary>Rule IDs are short (T3-BAL, F-VERSION); more than this many in one request is not an acknowledgement.</summary>
    private const int MaxGiven = 64;

    /// <summary>True when no error is left unacknowledged: the draft may go to review.</summary>
    public bool Complete => Missing.Count == 0;

    /// <summary>What the findings require, given the rule IDs the request acknowledged.</summary>
    public static Acknowledgement Of(IReadOnlyList<Finding> findings, IReadOnlyCollection<string> given)
    {
        var required = findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList();
        var set = new HashSet<string>(given, StringComparer.OrdinalIgnoreCase);
        return new Acknowledgement(required, [.. required.Where(set.Contains)], [.. required.Where(id => !set.Contains(id))]);
    }

    /// <summary>
    /// The rule IDs of ?acknowledge= (repeatable) and X-Acknowledge together, upper case. Separators: comma (also
    /// the full-width ，), 、, semicolon, space. What does not look like a rule ID is ignored.
    /// </summary>
    public static IReadOnlySet<string> Given(HttpRequest request) =>
        Parse([.. request.Query[QueryName], .. request.Headers[HeaderName]]);

    public static IReadOnlySet<string> Parse(IEnumerable<string?> values)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            foreach (var part in (value ?? "").Split([',', '，', '、', ';', '；', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var id = part.Trim().ToUpperInvariant();
                if (ids.Count < MaxGiven && RuleId().IsMatch(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    /// <summary>"T3-BAL,T4-REV": the value of the query parameter or header.</summary>
    public static string Value(IEnumerable<string> ruleIds) => string.Join(",", ruleIds);

    /// <summary>"T3-BAL、T4-REV": rule IDs in a Chinese sentence.</summary>
    public static string Listed(IEnumerable<string> ruleIds) => string.Join("、", ruleIds);

    /// <summary>The Chinese sentence that tells the bureau how to submit over these errors.</summary>
    public string Hint()
    {
        var value = Value(Required);
        var done = Acknowledged.Count > 0 ? $"已确认：{Listed(Acknowledged)}；尚未确认：{Listed(Missing)}。" : "";
        return $"{done}如经核对原文确认报告无误（例如问题出自读取而非报告本身），可确认以下错误后坚持提交：{Listed(Required)}。"
            + $"方法：在提交地址后加 ?{QueryName}={value}，或加请求头 {HeaderName}: {value}；审核人将看到这些错误已由提交单位确认。";
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,31}$")]
    private static partial Regex RuleId();
}
