namespace Workflow.LocalHost.Storage;

/// <summary>Whether and how the host runs Azurite itself (section "Workflow:LocalHost:Azurite").</summary>
public sealed record AzuriteOptions
{
    public const string SectionName = "Workflow:LocalHost:Azurite";

    /// <summary>The same pin as tools/azurite.sh, so both share one installation under .local/.</summary>
    public const string Version = "3.35.0";

    public const int DefaultBlobPort = 10000;

    /// <summary>Off when AzureWebJobsStorage points at something else than the local emulator.</summary>
    public bool Start { get; init; } = true;

    /// <summary>Blob port; queue and table listen on the next two, as with Azurite's defaults (10000-10002).</summary>
    public int BlobPort { get; init; } = DefaultBlobPort;

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
