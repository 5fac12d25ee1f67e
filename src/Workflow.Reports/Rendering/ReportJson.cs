using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>The report.json wire format (camelCase, Chinese left readable, dates as yyyy-MM-dd).</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { CanonicalShape.Require } },
    };

    public static string Serialize(AnnualReport report) => JsonSerializer.Serialize(report, Options);

    /// <exception cref="JsonException">Not a report in the canonical shape.</exception>
    public static AnnualReport Deserialize(string json) =>
        JsonSerializer.Deserialize<AnnualReport>(json, Options) ?? throw new JsonException("null");

    /// <summary>The JSON Schema of report.json, as embedded in this assembly.</summary>
    public static string Schema()
    {
        using var stream = typeof(ReportJson).Assembly.GetManifestResourceStream("report.schema.json")
            ?? throw new InvalidOperationException("report.schema.json is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
