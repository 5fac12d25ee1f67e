using Azure;

namespace Workflow.Functions.Storage;

/// <summary>approved/{year}/{agencyId}.json as read, with the ETag a conditional rewrite needs.</summary>
public sealed record ApprovedBlob(string Json, ETag ETag);
