using System.Text.Json;
using System.Text.Json.Serialization;
using Workflow.Functions.Lifecycle;

namespace Workflow.Functions.Agencies;

/// <summary>
/// One entry of a registration's reviewStages: a list of reviewers (rule any), or
/// <c>{"reviewers": [...], "rule": "any" | "all" | {"min": m}, "cc": [...]}</c>. <see cref="Error"/> says in
/// Chinese what is wrong with an entry of neither shape.
/// </summary>
[JsonConverter(typeof(StageRegistrationConverter))]
public sealed record StageRegistration(IReadOnlyList<string>? Reviewers, StageRule Rule, IReadOnlyList<string> Cc, string? Error = null)
{
    public static StageRegistration Of(IReadOnlyList<string> reviewers) => new(reviewers, StageRule.Any, []);
}

/// <summary>Reads either shape of <see cref="StageRegistration"/>; writes the object shape.</summary>
public sealed class StageRegistrationConverter : JsonConverter<StageRegistration>
{
    public override StageRegistration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind == JsonValueKind.Array)
        {
            return Addresses(element) is { } reviewers ? StageRegistration.Of(reviewers) : Invalid("审核人须为电子邮件地址的列表。");
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return Invalid("每级审核须为审核人列表，或 {\"reviewers\": [...], \"rule\": \"any\" | \"all\" | {\"min\": m}, \"cc\": [...]}。");
        }

        var reviewersFound = element.TryGetProperty("reviewers", out var reviewersElement);
        var list = reviewersFound ? Addresses(reviewersElement) : null;
        if (list is null)
        {
            return Invalid("reviewers 须为电子邮件地址的列表。");
        }

        var cc = element.TryGetProperty("cc", out var ccElement) ? Addresses(ccElement) : [];
        if (cc is null)
        {
            return Invalid("cc 须为电子邮件地址的列表。");
        }

        StageRule? rule = !element.TryGetProperty("rule", out var ruleElement) ? StageRule.Any : Rule(ruleElement);
        return rule is null
            ? Invalid("rule 须为 \"any\"（任一人批准）、\"all\"（会签）或 {\"min\": m}（m 为 1 至审核人数的整数）。")
            : new StageRegistration(list, rule, cc);
    }

    public override void Write(Utf8JsonWriter writer, StageRegistration value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("reviewers");
        JsonSerializer.Serialize(writer, value.Reviewers ?? [], options);
        writer.WritePropertyName("rule");
        if (value.Rule.Kind == StageRuleKind.Min)
        {
            writer.WriteStartObject();
            writer.WriteNumber("min", value.Rule.Min);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStringValue(value.Rule.Kind == StageRuleKind.All ? "all" : "any");
        }

        writer.WritePropertyName("cc");
        JsonSerializer.Serialize(writer, value.Cc, options);
        writer.WriteEndObject();
    }

    private static StageRegistration Invalid(string error) => new(null, StageRule.Any, [], error);

    private static StageRule? Rule(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String when element.GetString() == "any" => StageRule.Any,
        JsonValueKind.String when element.GetString() == "all" => StageRule.All,
        JsonValueKind.Object when element.TryGetProperty("min", out var min) && min.TryGetInt32(out var m) && m >= 1 => StageRule.AtLeast(m),
        _ => null,
    };

    private static List<string>? Addresses(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array && element.EnumerateArray().All(a => a.ValueKind == JsonValueKind.String)
            ? [.. element.EnumerateArray().Select(a => a.GetString()!)]
            : null;
}
