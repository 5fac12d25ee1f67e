namespace Workflow.Functions.Review;

/// <summary>Custom status of the orchestration, for operators and tests (the API reads the tables).</summary>
public sealed record ReviewProgress(int Revision, int Stage, bool AwaitingRevision, int Reminders, bool Escalated, int IgnoredEvents);
