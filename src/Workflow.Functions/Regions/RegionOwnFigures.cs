using Workflow.Reports.Region;

namespace Workflow.Functions.Regions;

/// <summary>
/// The government's own figures beside the sums, in the same shape; <see cref="Source"/> says which revision
/// (the approved one, else the latest submitted).
/// </summary>
public sealed record RegionOwnFigures(string Source, int Revision, ProactiveSums Proactive, RequestSums Requests, AppealSums Appeals);
