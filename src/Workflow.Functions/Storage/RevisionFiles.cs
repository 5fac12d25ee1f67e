namespace Workflow.Functions.Storage;

/// <summary>What is stored per revision: the upload as sent, its canonical JSON and the findings JSON.</summary>
public sealed record RevisionFiles(ReadOnlyMemory<byte> Original, string Extension, string MediaType, string CanonicalJson, string FindingsJson);
