namespace Workflow.LocalHost.Durable;

/// <summary>Where the Durable Task engine keeps its state (section "Workflow:LocalHost:Durable").</summary>
public sealed record DurableEngineOptions
{
    public const string SectionName = "Workflow:LocalHost:Durable";

    /// <summary>Letters and digits, starting with a letter; tests use one per run so they don't share instances.</summary>
    public string TaskHub { get; init; } = "WorkflowLocal";

    /// <summary>One control queue is plenty for one local process (and cannot be changed for an existing hub).</summary>
    public int PartitionCount { get; init; } = 1;

    /// <summary>Upper bound of the idle queue polling back-off; within one process DTFx notifies itself anyway.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a partition lease of a host that died stays valid: a restarted host waits this long at most.</summary>
    public TimeSpan LeaseInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a dequeued message stays hidden. Messages a killed host had taken reappear after this, so it
    /// bounds how long a crash delays the flow; it must exceed the longest activity (ours take well under a second).
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Activities run at once. Ours wait on storage and mail, not on the CPU, so more than the backend's
    /// default of 10 keeps a burst of approvals from queueing behind a burst of review requests.
    /// </summary>
    public int MaxConcurrentActivities { get; init; } = 32;
}
