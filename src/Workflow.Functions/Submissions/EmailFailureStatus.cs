namespace Workflow.Functions.Submissions;

/// <summary>
/// A mail of this report that the mail service refused and that will not be retried, as the status shows it;
/// <see cref="Stage"/> is 1-based, <see cref="Detail"/> names the mail and the service's answer.
/// </summary>
public sealed record EmailFailureStatus(int Revision, int Stage, string Recipients, string Detail, DateTimeOffset FailedAt);
