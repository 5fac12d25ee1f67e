namespace Workflow.Reports.Reading;

/// <summary>
/// A table cell whose value the reader did not find written in its place: <see cref="Location"/> as findings name
/// it ("三/R1/自然人"), the value assumed (null when nothing forces one), how it was decided, and the reason in
/// Chinese for the bureau and the reviewer ("按行合计推断为 20，请核对").
/// </summary>
public sealed record InferredCell(string Location, long? Value, InferenceBasis Basis, string Reason);
