using Workflow.Functions.Storage;

namespace Workflow.Functions.Lifecycle;

/// <summary>
/// Where a report stands, as the lifecycle sees it: its state, latest revision, the review stage in progress
/// (0-based) and whether a revision of it is on the public site (<see cref="ReportState.Published"/> is never
/// stored: it is this flag on an approved report).
/// </summary>
public sealed record ReportStanding(ReportState State, int Revision, int Stage, bool Published = false)
{
    public static ReportStanding NotSubmitted { get; } = new(ReportState.NotSubmitted, 0, 0);

    /// <summary>The state shown to people: 已发布 once public, unless a correction is in review.</summary>
    public ReportState Shown => Published && State is not (ReportState.Reviewing or ReportState.ChangesRequested) ? ReportState.Published : State;
}
