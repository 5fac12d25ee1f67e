namespace Workflow.Functions.Storage;

/// <summary>
/// What is stored per revision: the upload as sent, its canonical JSON, the findings JSON and the JSON of the cells the
/// reader inferred (<see cref="Workflow.Reports.Reading.InferredCell"/>).
/// </summary>
public sealed record RevisionFiles(ReadOnlyMemory<byte> Original, string Extension, string MediaType, string CanonicalJson, string FindingsJson, string InferredJson);
