namespace Workflow.Functions;

/// <summary>Settings of section "Workflow" (':' locally, '__' in Azure app settings). README "Settings" documents each.</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>Absolute base of the links put in emails, e.g. https://func-app.azurewebsites.net.</summary>
    public string ApiBaseUrl { get; init; } = "http://localhost:7071";

    /// <summary>Where the public "reports" container is read; used for the public URL in the status.</summary>
    public string PublicReportsBaseUrl { get; init; } = "http://127.0.0.1:10000/devstoreaccount1/reports";

    /// <summary>Key for X-Admin-Key; empty disables the admin API.</summary>
    public string AdminKey { get; init; } = "";

    /// <summary>Folder of the local outbox (.eml files) used when SendGrid:ApiKey is empty.</summary>
    public string OutboxPath { get; init; } = ".local/outbox";

    /// <summary>HMAC-SHA256 key that signs review links; the same on every instance (Key Vault in Azure).</summary>
    public string ReviewLinkKey { get; init; } = "";

    public TimeSpan ReminderInterval { get; init; } = TimeSpan.FromDays(2);

    public TimeSpan EscalateAfter { get; init; } = TimeSpan.FromDays(5);

    /// <summary>Reminder interval inside <see cref="UrgentWindow"/> before the legal deadline.</summary>
    public TimeSpan UrgentReminderInterval { get; init; } = TimeSpan.FromDays(1);

    public TimeSpan UrgentWindow { get; init; } = TimeSpan.FromDays(5);

    /// <summary>How long an emailed review link stays valid; every reminder sends fresh links.</summary>
    public TimeSpan ReviewLinkLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>
    /// First pause before a failed review activity (a busy mail service, a storage hiccup) is tried again; it
    /// doubles on each further retry (eight attempts in all, see ReviewOrchestration), up to 10 minutes. Tests shorten it.
    /// </summary>
    public TimeSpan ActivityRetryInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Word and HTML reads run at once per instance (each can take tens of MB while it runs); more wait.</summary>
    public int MaxConcurrentReads { get; init; } = 4;

    /// <summary>How long a Word or HTML read waits for a slot before it is refused with 503 and Retry-After.</summary>
    public TimeSpan ReadQueueTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest accepted text or JSON upload (bytes); larger bodies get 413. HTML and Word have their readers' limits.</summary>
    public long MaxUploadBytes { get; init; } = 4 * 1024 * 1024;
}
