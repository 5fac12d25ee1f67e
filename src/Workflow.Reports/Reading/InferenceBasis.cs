using System.Text.Json.Serialization;

namespace Workflow.Reports.Reading;

/// <summary>How the reader decided a cell it did not find written in its place.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InferenceBasis>))]
public enum InferenceBasis
{
    /// <summary>Forced by the template's 勾稽 identities (a row or column total), e.g. digits run together split the one way that balances.</summary>
    [JsonStringEnumMemberName("identity")] Identity,

    /// <summary>Placed by the template's order of rows or columns where the written form gave no header or label.</summary>
    [JsonStringEnumMemberName("template-order")] TemplateOrder,

    /// <summary>Several readings were possible and none is forced: the cell is left blank (null).</summary>
    [JsonStringEnumMemberName("unresolved")] Unresolved,
}
