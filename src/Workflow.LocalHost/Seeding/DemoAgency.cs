namespace Workflow.LocalHost.Seeding;

/// <summary>The demo agency as registered: with the key issued to it, now or in an earlier run (kept under .local/).</summary>
public sealed record DemoAgency(string Id, string Name, string ApiKey);
