using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Workflow.Reports.Model;

namespace Workflow.Reports.Rendering;

/// <summary>
/// What report.schema.json requires and the serializer would otherwise let through into the model: every property of
/// the model is required (a missing one would arrive as null in a non-nullable property), and no cell of table 二 and
/// no row of table 三 may be null. A report.json that breaks this is refused with a <see cref="JsonException"/>, the
/// documented failure of deserialization, instead of failing later inside the validator.
/// </summary>
internal static class CanonicalShape
{
    public static void Require(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type.Namespace != typeof(AnnualReport).Namespace)
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false })
            {
                property.IsRequired = true;
            }
        }
        if (typeInfo.Type == typeof(ProactiveSection))
        {
            typeInfo.OnDeserialized = section =>
            {
                if (((ProactiveSection)section).Cells.Any(cell => cell is null))
                {
                    throw new JsonException("sections.proactive.cells holds a null cell.");
                }
            };
        }
        else if (typeInfo.Type == typeof(RequestsSection))
        {
            typeInfo.OnDeserialized = section =>
            {
                if (((RequestsSection)section).Rows.Values.Any(row => row is null))
                {
                    throw new JsonException("sections.requests.rows holds a null row.");
                }
            };
        }
    }
}
