namespace Workflow.Functions.Review;

/// <summary>Input of the activity that tells the bureau its draft was returned.</summary>
public sealed record DecisionNotice(string AgencyId, int Year, int Revision, int Stage, string Reviewer, string Comment);
