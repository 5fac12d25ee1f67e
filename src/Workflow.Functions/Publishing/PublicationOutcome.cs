namespace Workflow.Functions.Publishing;

/// <summary>What a run of the publication did.</summary>
public enum PublicationOutcome
{
    /// <summary>First publication of the report for the year.</summary>
    Published,

    /// <summary>A newer approved revision replaced the published one ("更正").</summary>
    Corrected,

    /// <summary>The same approved content was already published (the trigger fires at least once).</summary>
    Unchanged,

    /// <summary>An older approval arrived after a newer one had been published; nothing was written.</summary>
    Stale,
}
