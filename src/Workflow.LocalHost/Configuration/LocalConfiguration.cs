using Microsoft.Extensions.Configuration;
using Workflow.LocalHost.Storage;

namespace Workflow.LocalHost.Configuration;

/// <summary>
/// Fills in what the function app needs and a fresh clone does not configure: the admin and review-link keys
/// (generated once under .local/) and an absolute outbox path (relative ones are taken from the repository
/// root, not from wherever dotnet was started). Configured values are left alone.
/// </summary>
public static class LocalConfiguration
{
    public const string AdminKey = "Workflow:AdminKey";
    public const string ReviewLinkKey = "Workflow:ReviewLinkKey";
    public const string OutboxPath = "Workflow:OutboxPath";
    public const string Storage = "AzureWebJobsStorage";
    const string DefaultOutbox = ".local/outbox";

    public static void Complete(IConfigurationManager configuration, LocalLayout layout)
    {
        var completed = new Dictionary<string, string?>
        {
            [OutboxPath] = layout.Resolve(Configured(configuration, OutboxPath) ?? DefaultOutbox),
        };
        if (Configured(configuration, AdminKey) is null)
        {
            completed[AdminKey] = LocalSecrets.GetOrCreate(layout, "admin-key.txt");
        }

        if (Configured(configuration, ReviewLinkKey) is null)
        {
            completed[ReviewLinkKey] = LocalSecrets.GetOrCreate(layout, "review-link-key.txt");
        }

        configuration.AddInMemoryCollection(completed);
    }

    static string? Configured(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key];
}
