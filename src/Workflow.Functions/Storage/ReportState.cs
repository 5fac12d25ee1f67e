namespace Workflow.Functions.Storage;

/// <summary>
/// Where a report stands (the transitions are <see cref="Lifecycle.ReportLifecycle"/>'s). <see cref="NotSubmitted"/>
/// is a report without a head row and <see cref="Published"/> is never stored: it is read from the public container.
/// </summary>
public enum ReportState
{
    Reviewing,
    ChangesRequested,
    Approved,
    Published,
    Withdrawn,
    NotSubmitted,
}
