using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Publishing;

/// <summary>
/// The JSON Schema of report.json as published at <see cref="PublicSitePaths.Schema"/>: the embedded schema
/// with its <c>$id</c> set to the URL it is served from, so the identifier resolves.
/// </summary>
public static class PublishedSchema
{
    public static string Render(string publicBaseUrl)
    {
        var schema = JsonNode.Parse(ReportJson.Schema())!.AsObject();
        schema["$id"] = PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.Schema);
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
