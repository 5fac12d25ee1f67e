namespace Workflow.Functions.Review;

/// <summary>Activity input naming one revision of one report.</summary>
public sealed record RevisionRef(string AgencyId, int Year, int Revision, int Stage = 0);
