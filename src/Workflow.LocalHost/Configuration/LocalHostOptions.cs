namespace Workflow.LocalHost.Configuration;

/// <summary>Settings of the local host itself (section "Workflow:LocalHost"); the function app's settings stay where they are.</summary>
public sealed record LocalHostOptions
{
    public const string SectionName = "Workflow:LocalHost";

    /// <summary>HTTP port of the API, 7071 like the Functions host.</summary>
    public int Port { get; init; } = 7071;

    /// <summary>The clone to keep .local/ and read seeds/ in; found from the program's location when empty.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Register the demo agency from seeds/demo-agency.json at start-up.</summary>
    public bool SeedDemoAgency { get; init; } = true;
}
