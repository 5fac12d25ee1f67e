namespace Workflow.Functions.Publishing;

/// <summary>Publication settings, in the "Workflow" section beside <see cref="WorkflowOptions"/>.</summary>
public sealed class PublishingOptions
{
    public const string SectionName = "Workflow";

    /// <summary>Who gets the alert when an approved blob fails to publish <see cref="PoisonThreshold"/> times; empty: SendGrid:From.</summary>
    public string AlertEmail { get; init; } = "";

    /// <summary>The host's blob trigger gives up after this many tries (host.json extensions.blobs.poisonBlobThreshold, default 5).</summary>
    public int PoisonThreshold { get; init; } = 5;

    /// <summary>The public container; tests give each run its own so that shared indexes can be compared.</summary>
    public string PublicContainer { get; init; } = PublicSitePaths.Container;
}
