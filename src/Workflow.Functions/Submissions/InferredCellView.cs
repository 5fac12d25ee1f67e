using System.Text.Json.Serialization;
using Workflow.Reports.Reading;

namespace Workflow.Functions.Submissions;

/// <summary>
/// A cell the reader did not find written in its place, as the API shows it:
/// <c>{"location":"三/R1/自然人","value":20,"basis":"identity","reason":"按行合计推断为 20，请核对"}</c>. The value
/// is written as null when nothing forced one (basis "unresolved"), although the API leaves other nulls out.
/// </summary>
public sealed record InferredCellView(
    string Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? Value,
    InferenceBasis Basis,
    string Reason)
{
    public static IReadOnlyList<InferredCellView> Of(IReadOnlyList<InferredCell> cells) =>
        [.. cells.Select(c => new InferredCellView(c.Location, c.Value, c.Basis, c.Reason))];
}
