namespace Workflow.Functions.Review;

/// <summary>Input of the audit activity for steps no other activity records (ignored events).</summary>
public sealed record ReviewStep(string AgencyId, int Year, int Revision, int Stage, string Step, string Actor, string Detail);
