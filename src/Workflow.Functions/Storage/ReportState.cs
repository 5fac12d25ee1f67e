namespace Workflow.Functions.Storage;

/// <summary>Where a report stands. <see cref="Published"/> is never stored: it is read from the public container.</summary>
public enum ReportState
{
    Reviewing,
    ChangesRequested,
    Approved,
    Published,
    Withdrawn,
}
